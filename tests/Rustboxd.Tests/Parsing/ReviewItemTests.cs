using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Tests.Parsing;

/// <summary>Single review items on small inline pages: the bug-log cases and the edges of every field.</summary>
public sealed class ReviewItemTests
{
    public static TheoryData<string, string, long?> PosterShapes => new()
    {
        // BL-11: each poster attribute is optional on its own.
        { "data-item-slug=\"only-slug\"", "only-slug", null },
        { "data-film-slug=\"/film/classic-slug/\" data-film-id=\"77\"", "classic-slug", 77 },
        { "data-film-slug=\"bare-slug\"", "bare-slug", null },
        { "data-item-slug=\"x\" data-postered-identifier='{\"lid\":\"a\",\"uid\":\"film:42\"}'", "x", 42 },
        { "data-item-slug=\"x\" data-film-id=\"43\"", "x", 43 },
        { "data-postered-identifier='{\"uid\":\"film:44\"}'", "from-frame-link", 44 },
        { "data-item-link=\"/film/from-item-link/\"", "from-item-link", null },
    };

    [Theory]
    [MemberData(nameof(PosterShapes))]
    public void Takes_slug_and_id_from_whichever_poster_attributes_a_review_has(string attributes, string slug, long? id)
    {
        var html = Item(
            $"<div class=\"react-component\" {attributes}><a href=\"/film/from-frame-link/\" class=\"frame\"></a></div>");

        var entry = Assert.Single(ParseClean(html));

        Assert.Equal(slug, entry.Film.Slug);
        Assert.Equal(id, entry.Film.LetterboxdId);
    }

    [Theory]
    [InlineData("/critic/film/f1/1/", "f1")]
    [InlineData("/critic/film/f1/", "f1")]
    [InlineData("/critic/film/film-1/12/", "film-1")]
    public void Takes_the_slug_of_a_numbered_review_from_its_structure_not_a_url_position(string link, string slug)
    {
        // BL-21: without a poster the review link is all there is; its number is not the slug.
        var html = $"""
            <article class="production-viewing" data-object-id="viewing:5"><div class="body">
            <h2 class="name"><a href="{link}">F1</a></h2>
            <div class="js-review-body"><p>Text.</p></div></div></article>
            """;

        var entry = Assert.Single(ParseClean(html));

        Assert.Equal(slug, entry.Film.Slug);
        Assert.Equal("F1", entry.Film.Title);
        Assert.Equal(link, entry.ReviewPath);
        Assert.Equal("critic", entry.Member);
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, 1.0)]
    [InlineData(3, 1.5)]
    [InlineData(4, 2.0)]
    [InlineData(5, 2.5)]
    [InlineData(6, 3.0)]
    [InlineData(7, 3.5)]
    [InlineData(8, 4.0)]
    [InlineData(9, 4.5)]
    [InlineData(10, 5.0)]
    public void Reads_every_half_star_of_a_review_rating(int halves, double stars)
    {
        // BL-08 and BL-29: rated-N is in half stars and becomes a decimal, never an integer.
        var html = Item(Poster("x"), strip: $"<span class=\"rating -green rated-{halves}\"> ★ </span>");

        Assert.Equal((decimal)stars, Assert.Single(ParseClean(html)).Rating);
    }

    [Fact]
    public void Gives_a_null_rating_not_zero_for_an_unrated_review() =>
        Assert.Null(Assert.Single(ParseClean(Item(Poster("x")))).Rating);

    [Fact]
    public void Skips_a_review_without_a_film_slug_and_names_the_field_keeping_the_others()
    {
        var html = Item(Poster("first")) + Item("<div class=\"react-component\" data-item-name=\"No Slug (2001)\"></div>")
            + Item(Poster("third"));
        var context = Context();

        var page = ReviewListParser.Parse(html, context, "someone");

        Assert.Equal(["first", "third"], page.Entries.Select(e => e.Film.Slug));
        var warning = Assert.Single(context.Warnings);
        Assert.Contains("review 2 has no film slug", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_a_review_without_text_with_a_null_text_bug_log_Z1()
    {
        var html = Item(Poster("first")) + Item(Poster("empty"), body: "<p>  </p>") + Item(Poster("third"));
        var context = Context();

        var page = ReviewListParser.Parse(html, context, "someone");

        Assert.Equal(["first", "empty", "third"], page.Entries.Select(e => e.Film.Slug));
        Assert.Null(page.Entries[1].Text);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Skips_a_liked_review_that_names_no_author()
    {
        const string html = """
            <article class="production-viewing" data-object-id="viewing:9">
            <div class="react-component" data-item-slug="x"></div>
            <div class="js-review-body"><p>Text.</p></div></article>
            """;
        var context = Context();

        var page = ReviewListParser.Parse(html, context);

        Assert.Empty(page.Entries);
        Assert.Contains("names no author", Assert.Single(context.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Returns_no_reviews_and_no_warning_for_a_page_without_a_review_container()
    {
        // BL-18: a member with no reviews.
        var context = Context();

        var page = ReviewListParser.Parse(Corpus.ReadSynthetic("reviews/emptymember-reviews.html"), context, "emptymember");

        Assert.Empty(page.Entries);
        Assert.Null(page.StatedTotal);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Returns_no_reviews_and_no_warning_for_an_empty_review_container() =>
        Assert.Empty(ParseClean("<div class=\"viewing-list\"></div>"));

    [Fact]
    public void Reads_the_older_spoiler_warning_inside_the_body_and_leaves_it_out_of_the_text()
    {
        var html = Item(Poster("x"),
            body: "<p class=\"contains-spoilers\">This review may contain spoilers.</p><p>The twist.</p>", jsBody: false);

        var entry = Assert.Single(ParseClean(html));

        Assert.True(entry.ContainsSpoilers);
        Assert.Equal("The twist.", entry.Text);
    }

    [Fact]
    public void Reads_a_written_date_and_the_kind_before_it_when_there_is_no_time_element()
    {
        var html = Item(Poster("x"),
            strip: "<a href=\"/someone/film/x/\" class=\"context\">Rewatched</a> <span class=\"date\">07 Mar 2019</span>");

        var entry = Assert.Single(ParseClean(html));

        Assert.Equal(ReviewKind.Rewatched, entry.Kind);
        Assert.Equal(new DateTime(2019, 3, 7), entry.Date);
    }

    [Fact]
    public void Lower_cases_an_author_the_page_writes_in_capitals()
    {
        var html = Item(Poster("x")).Replace("data-owner=\"someone\"", "data-owner=\"SomeOne\"", StringComparison.Ordinal);

        Assert.Equal("someone", Assert.Single(ParseClean(html)).Member);
    }

    [Fact]
    public void Rebuilds_the_full_text_address_the_page_names_and_ignores_one_of_another_shape()
    {
        var named = Item(Poster("a"), body: "<div class=\"collapsed-text\"><p>Start…</p></div>",
            bodyAttributes: "data-full-text-url=\"https://letterboxd.com/s/full-text/viewing:123/\"");
        var odd = Item(Poster("b"),
            body: "<p>Text.</p>", bodyAttributes: "data-full-text-url=\"/../../admin/\"", viewingId: 456);

        var entries = ParseClean(named + odd);

        Assert.Equal("/s/full-text/viewing:123/", entries[0].FullTextPath);
        Assert.True(entries[0].Shortened);
        Assert.Equal("/s/full-text/viewing:456/", entries[1].FullTextPath);
    }

    [Fact]
    public void Keeps_paragraphs_and_line_breaks_of_a_full_text_fragment_without_markup()
    {
        const string fragment = "<p>One <i>two</i>\n   three.</p>\n<p>Four<br>five &amp; six.</p>" +
            "<p class=\"js-spoiler-container\">This review may contain spoilers.</p>";

        Assert.Equal("One two three.\n\nFour\nfive & six.", ReviewText.FromFragment(fragment));
        Assert.Null(ReviewText.FromFragment("<p> </p>"));
    }

    private static IReadOnlyList<ReviewEntry> ParseClean(string html)
    {
        var context = Context();
        var page = ReviewListParser.Parse(html, context, "someone");
        Assert.Empty(context.Warnings);
        return page.Entries;
    }

    private static ParseContext Context() => new(new Uri("https://letterboxd.com/someone/films/reviews/"), "someone");

    private static string Poster(string slug) => $"<div class=\"react-component\" data-item-slug=\"{slug}\"></div>";

    private static string Item(string poster, string strip = "", string body = "<p>Text.</p>", bool jsBody = true,
        string bodyAttributes = "", long viewingId = 1) => $"""
        <article class="production-viewing" data-owner="someone" data-object-id="viewing:{viewingId}">{poster}
        <div class="body"><div class="attribution-block"><span class="content-reactions-strip">{strip}</span></div>
        <div class="{(jsBody ? "body-text js-review-body" : "body-text")}" {bodyAttributes}>{body}</div></div></article>
        """;
}
