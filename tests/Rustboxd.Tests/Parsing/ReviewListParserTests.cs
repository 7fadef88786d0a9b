using Rustboxd.Models;
using Rustboxd.Parsing;

namespace Rustboxd.Tests.Parsing;

public sealed class ReviewListParserTests
{
    private const string RealPage = "reviews/reviews-2025-10.html";

    public static TheoryData<string> ReviewPages => Corpus.FilesOfKind("reviews");

    [Theory]
    [MemberData(nameof(ReviewPages))]
    public void Reads_every_verified_fact_of_each_captured_reviews_page(string file)
    {
        var page = Corpus.Page(file);
        var context = new ParseContext(Corpus.UrlOf(page), "member");

        var reviews = ReviewListParser.Parse(Corpus.Read(file), context, "member");

        Assert.Equal(page.Int("items"), reviews.Entries.Count);
        Assert.Equal(page.String("first_slug"), reviews.Entries[0].Film.Slug);
        Assert.Equal(page.NullableDecimal("first_rating"), reviews.Entries[0].Rating);
        Assert.Equal(page.Int("spoiler_count"), reviews.Entries.Count(e => e.ContainsSpoilers));
        Assert.All(reviews.Entries, e =>
        {
            Assert.NotNull(e.Date);
            Assert.NotNull(e.Kind);
            Assert.NotNull(e.ViewingId);
            Assert.NotNull(e.FullTextPath);
            Assert.DoesNotContain("<", e.Text, StringComparison.Ordinal);
        });
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Reads_the_first_review_of_the_2025_react_page_field_by_field()
    {
        var page = Parse(RealPage);

        var first = page.Entries[0];
        Assert.Equal("sampleuser124", first.Member);
        Assert.Equal("weapons-2025", first.Film.Slug);
        Assert.Equal("Weapons", first.Film.Title);
        Assert.Equal(2025, first.Film.Year);
        Assert.Equal(972109, first.Film.LetterboxdId);
        Assert.Equal(2.0m, first.Rating);
        Assert.Equal(ReviewKind.Watched, first.Kind);
        Assert.Equal(new DateTime(2025, 9, 12), first.Date);
        Assert.Equal(DateTimeKind.Unspecified, first.Date!.Value.Kind);
        Assert.Equal(15, first.LikeCount);
        Assert.Equal(0, first.CommentCount);
        Assert.Equal(1012371142, first.ViewingId);
        Assert.Equal("/sampleuser124/film/weapons-2025/", first.ReviewPath);
        Assert.Equal("/s/full-text/viewing:1012371142/", first.FullTextPath);
        Assert.False(first.Shortened);

        // The browser wrapped the paragraph over several lines; the text is one line, as written.
        Assert.StartsWith("A mesma crítica a ser feita pra Barbarian,", first.Text, StringComparison.Ordinal);
        Assert.EndsWith("como uma expiação rasa do gênero.", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void States_the_total_and_the_pages_of_the_2025_react_page()
    {
        var page = Parse(RealPage);

        Assert.Equal(153, page.StatedTotal);
        Assert.Equal(13, page.Pagination.LastPage);
        Assert.Equal("/sampleuser124/films/reviews/page/2/", page.Pagination.NextPath);
    }

    [Fact]
    public void Marks_exactly_the_reviews_the_page_shortens_inside_collapsed_text()
    {
        var page = Parse(RealPage);

        var shortened = page.Entries.Where(e => e.Shortened).Select(e => e.Film.Slug).ToArray();
        Assert.Equal(
            ["eddington", "bunny-lake-is-missing", "the-fire-within-a-requiem-for-katia-and-maurice", "secret-things",
                "transit-2018", "outrage-1950", "same-old-west", "monkey-business-1952"],
            shortened);

        // A complete review may end with an ellipsis of its own; that is no mark of shortening.
        var ellipsis = page.Entries.Single(e => e.Film.Slug == "demon-slayer-kimetsu-no-yaiba-infinity-castle");
        Assert.False(ellipsis.Shortened);
        Assert.Equal("Lindo… O Miguel de 2019 se sente muito feliz…", ellipsis.Text);

        // The "more" link the browser added is not part of the text.
        var eddington = page.Entries.Single(e => e.Film.Slug == "eddington");
        Assert.EndsWith("seu filme anterior a Eddington,…", eddington.Text, StringComparison.Ordinal);
        Assert.Equal("/s/full-text/viewing:996350940/", eddington.FullTextPath);
    }

    [Fact]
    public void Counts_comments_where_the_page_shows_them_and_none_where_the_strip_has_no_comment_link()
    {
        var page = Parse(RealPage);

        var counts = page.Entries.ToDictionary(e => e.Film.Slug, e => e.CommentCount);
        Assert.Equal(1, counts["secret-things"]);
        Assert.Equal(2, counts["transit-2018"]);
        Assert.Equal(10, counts.Values.Count(c => c == 0));
        Assert.Equal([15, 6, 17, 10, 23, 18, 14, 11, 36, 16, 12, 16], page.Entries.Select(e => e.LikeCount));
    }

    [Fact]
    public void Reads_the_2018_review_items_of_the_captured_home_page()
    {
        var file = "browse/home-2018-03.html";
        var context = new ParseContext(Corpus.UrlOf(Corpus.Page(file)), "home");

        var page = ReviewListParser.Parse(Corpus.Read(file), context);

        Assert.Equal(3, page.Entries.Count);
        var first = page.Entries[0];
        Assert.Equal("sampleuser65", first.Member);
        Assert.Equal("love-simon", first.Film.Slug);
        Assert.Equal("Love, Simon", first.Film.Title);
        Assert.Equal(2018, first.Film.Year);
        Assert.Equal(4.0m, first.Rating);
        Assert.Equal(39, first.CommentCount);
        Assert.Null(first.LikeCount);
        Assert.Null(first.Date);
        Assert.Equal(38287512, first.ViewingId);
        Assert.Equal("/sampleuser65/film/love-simon/", first.ReviewPath);
        Assert.True(first.Shortened);
        Assert.Equal(3, first.Text!.Split("\n\n").Length);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Reads_the_raw_server_review_markup_of_a_film_page()
    {
        var file = "film/mulholland-drive-2026-01.html";

        var page = ReviewListParser.Parse(Corpus.Read(file), new ParseContext(Corpus.UrlOf(Corpus.Page(file)), "film"));

        var first = page.Entries[0];
        Assert.Equal("sampleuser25", first.Member);
        Assert.Equal("mulholland-drive", first.Film.Slug);
        Assert.Equal(5.0m, first.Rating);
        Assert.Equal(330, first.CommentCount);
        Assert.Equal(27158, first.LikeCount);
        Assert.Equal(7813063, first.ViewingId);
        Assert.True(first.Shortened);
        Assert.StartsWith("\"Hey pretty girl, time to wake up.\"\n\nThere was a time", first.Text,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Translate", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_synthetic_member_page_with_a_spoiler_review_added_without_a_diary_date()
    {
        var page = ParseSynthetic("reviews/synthmember-reviews-page1.html", "/synthmember/films/reviews/", "synthmember");

        Assert.Equal(8, page.StatedTotal);
        Assert.Equal(3, page.Pagination.LastPage);
        Assert.Equal([4.5m, 1.5m, null], page.Entries.Select(e => e.Rating));
        Assert.Equal([ReviewKind.Watched, ReviewKind.Rewatched, ReviewKind.Added], page.Entries.Select(e => e.Kind));
        Assert.Equal("First paragraph of a complete review, with emphasis and a wrapped line.\n\nSecond paragraph.",
            page.Entries[0].Text);

        var spoiler = page.Entries[2];
        Assert.True(spoiler.ContainsSpoilers);
        Assert.Equal("A review that gives away the ending.", spoiler.Text);
        Assert.Equal(new DateTime(2026, 1, 5), spoiler.Date);
    }

    [Fact]
    public void Reads_a_synthetic_liked_reviews_page_with_each_review_by_its_own_author()
    {
        var page = ParseSynthetic("reviews/synthmember-likes-reviews.html", "/synthmember/likes/reviews/", author: null);

        Assert.Equal(3, page.StatedTotal);
        Assert.Equal(["synthcritic", "othercritic", "synthmember"], page.Entries.Select(e => e.Member));
        Assert.Equal("/othercritic/film/synthetic-film-a/2/", page.Entries[1].ReviewPath);
        Assert.Equal("synthetic-film-a", page.Entries[1].Film.Slug);
        Assert.Equal(5, page.Entries[0].CommentCount);
        Assert.All(page.Entries, e => Assert.Null(e.Kind));
    }

    private static ReviewListPage Parse(string file) =>
        ReviewListParser.Parse(
            Corpus.Read(file), new ParseContext(Corpus.UrlOf(Corpus.Page(file)), "member"), "sampleuser124");

    private static ReviewListPage ParseSynthetic(string file, string path, string? author)
    {
        var context = new ParseContext(new Uri(new Uri("https://letterboxd.com/"), path), author ?? "liker");
        var page = ReviewListParser.Parse(Corpus.ReadSynthetic(file), context, author);
        Assert.Empty(context.Warnings);
        return page;
    }
}
