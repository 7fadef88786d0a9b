using Rustboxd.Parsing;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Tests.Parsing;

public sealed class ListPageParserTests
{
    public static TheoryData<string> Lists => Corpus.FilesOfKind("list");

    [Theory]
    [MemberData(nameof(Lists))]
    public void Reads_every_verified_fact_of_each_captured_list_page(string file)
    {
        var page = Corpus.Page(file);
        var context = new ParseContext(Corpus.UrlOf(page), "list");

        var list = ListPageParser.Parse(Corpus.Read(file), context);

        Assert.Equal(page.Int("items"), list.Entries.Count);
        Assert.Equal(page.String("first_slug"), list.Entries[0].Film.Slug);
        Assert.Equal(page.String("first_title"), list.Entries[0].Film.Title);
        Assert.Equal(page.Int("first_year"), list.Entries[0].Film.Year);
        Assert.Equal(page.String("last_slug"), list.Entries[^1].Film.Slug);
        Assert.Equal(page.Int("rated"), list.Entries.Count(e => e.OwnerRating is not null));
        Assert.Equal(page.NullableDecimal("first_rating"), list.Entries[0].OwnerRating);
        Assert.Equal(page.Int("last_page"), list.Pagination.LastPage);
        Assert.Equal(page.Int("total"), list.StatedTotal);
        Assert.Equal(page.Int("total"), list.Header.FilmCount);
        Assert.All(list.Entries, e => Assert.NotNull(e.Film.LetterboxdId));
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Reads_the_ranks_of_a_ranked_list()
    {
        var list = Parse("list/user-list-2025-12.html");

        Assert.True(list.Ranked);
        Assert.Equal(Enumerable.Range(1, 100), list.Entries.Select(e => e.Rank!.Value));
        Assert.Equal("/sampleuser1/list/official-top-250-narrative-feature-films/page/2/", list.Pagination.NextPath);
    }

    [Fact]
    public void Reads_the_details_of_a_ranked_list()
    {
        var header = Parse("list/user-list-2025-12.html").Header;

        Assert.Equal(("sampleuser1", "official-top-250-narrative-feature-films"), header.Canonical);
        Assert.Equal("Official Top 250 Narrative Feature Films", header.Title);
        Assert.StartsWith("Letterboxd's Top 250 movies, based on the average weighted rating", header.Description);
        Assert.EndsWith("The Lovers on the Bridge" + Environment.NewLine + "Nayakan", header.Description);
        Assert.Equal(["letterboxd", "top 250", "feature length", "movies", "updated", "weekly", "official", "narrative"], header.Tags);
        Assert.Equal(new DateTime(2013, 11, 8), header.Published);
        Assert.Equal(new DateTime(2025, 12, 22), header.Updated);
        Assert.Equal(DateTimeKind.Unspecified, header.Published!.Value.Kind);
        Assert.Equal(207314, header.ListId);
        Assert.Equal(292295, header.LikeCount);
        Assert.Null(header.CommentCount);
    }

    [Fact]
    public void Reads_an_unranked_list_and_leaves_out_the_posters_of_other_lists_on_the_page()
    {
        var list = Parse("list/user-list-page1-2025-10.html");

        Assert.False(list.Ranked);
        Assert.All(list.Entries, e => Assert.Null(e.Rank));
        Assert.Equal(100, list.ItemCount);
        Assert.Equal("pra não esquecer de ver", list.Header.Title);
        Assert.Null(list.Header.Description);
        Assert.Empty(list.Header.Tags);
        Assert.Equal(38698640, list.Header.ListId);
        Assert.Equal(1, list.Header.LikeCount);
        Assert.Equal(0, list.Header.CommentCount);
        Assert.Equal(new DateTime(2024, 5, 19), list.Header.Updated);
    }

    [Fact]
    public void Reads_ranks_and_per_entry_notes_from_the_detail_view()
    {
        var context = new ParseContext(new Uri("https://letterboxd.com/listmember/list/ranked-with-notes/detail/"), "x");

        var list = ListPageParser.Parse(Corpus.ReadSynthetic("lists/listmember-list-ranked-with-notes-detail.html"), context);

        Assert.True(list.Ranked);
        Assert.Equal([1, 2, 3], list.Entries.Select(e => e.Rank!.Value));
        Assert.Equal(("synthetic-film-a", "Synthetic Film A", 2001), (list.Entries[0].Film.Slug, list.Entries[0].Film.Title, list.Entries[0].Film.Year));
        Assert.Equal(
            string.Join(Environment.NewLine, "First of three, and the best.", "A second paragraph,", "with a line break."),
            list.Entries[0].Notes);
        Assert.Null(list.Entries[1].Notes);
        Assert.Equal("Last, but still worth it.", list.Entries[2].Notes);
        Assert.Equal([4m, null, 2.5m], list.Entries.Select(e => e.OwnerRating));
        Assert.Equal(("listmember", "ranked-with-notes"), list.Header.Canonical);
        Assert.Equal(3, list.StatedTotal);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Counts_an_ol_of_entries_as_ranked_even_without_numbers()
    {
        const string html = """
            <ol class="js-list-entries poster-list"><li class="poster-container"><div class="film-poster"
              data-film-slug="/film/first/" data-film-id="1"><img alt="First"></div></li></ol>
            """;

        var list = ListPageParser.Parse(html, Context());

        Assert.True(list.Ranked);
        Assert.Null(list.Entries[0].Rank);
    }

    [Fact]
    public void Keeps_every_other_entry_when_one_cannot_be_read_bug_log_BL_22()
    {
        const string html = """
            <ul class="js-list-entries">
              <li class="posteritem numbered-list-item"><div class="react-component" data-item-slug="first"></div><p class="list-number">1</p></li>
              <li class="posteritem numbered-list-item"><div class="react-component" data-item-name="Unreleased (2031)"></div><p class="list-number">2</p></li>
              <li class="posteritem numbered-list-item"><div class="react-component" data-item-slug="third"></div><p class="list-number">3</p></li>
            </ul>
            """;
        var context = Context();

        var list = ListPageParser.Parse(html, context);

        Assert.Equal(["first", "third"], list.Entries.Select(e => e.Film.Slug));
        Assert.Equal([1, 3], list.Entries.Select(e => e.IndexOnPage));
        Assert.Equal([1, 3], list.Entries.Select(e => e.Rank!.Value));
        Assert.Equal(3, list.ItemCount);
        Assert.Contains("list entry 2", Assert.Single(context.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_ids_from_the_json_identifier_and_never_an_attribute_as_the_test_of_a_film_bug_log_BL_12()
    {
        const string html = """
            <ul class="js-list-entries">
              <li class="posteritem"><div class="react-component" data-item-slug="no-film-id" data-item-name="No Film Id (2020)"
                data-postered-identifier='{"lid":"abc","uid":"film:240344","type":"film"}'></div></li>
              <li class="posteritem"><div class="poster"><a href="/film/only-a-link/"><img alt="Only a Link"></a></div></li>
              <li class="posteritem"><div class="react-component" data-film-id="77"></div></li>
            </ul>
            """;
        var context = Context();

        var list = ListPageParser.Parse(html, context);

        Assert.Equal(["no-film-id", "only-a-link"], list.Entries.Select(e => e.Film.Slug));
        Assert.Equal(240344, list.Entries[0].Film.LetterboxdId);
        Assert.Equal("Only a Link", list.Entries[1].Film.Title);
        Assert.Contains("list entry 3", Assert.Single(context.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Warns_about_a_number_it_cannot_read_and_keeps_the_entry()
    {
        const string html = """
            <ul class="js-list-entries"><li class="posteritem numbered-list-item"><div class="react-component"
              data-item-slug="x"></div><p class="list-number">—</p></li></ul>
            """;
        var context = Context();

        var list = ListPageParser.Parse(html, context);

        Assert.Null(Assert.Single(list.Entries).Rank);
        Assert.True(list.Ranked);
        Assert.Single(context.Warnings);
    }

    [Fact]
    public void Leaves_every_optional_field_null_on_a_bare_page()
    {
        var list = ListPageParser.Parse("<html><body><ul class=\"js-list-entries\"></ul></body></html>", Context());

        Assert.Empty(list.Entries);
        Assert.Null(list.StatedTotal);
        Assert.Null(list.Header.Title);
        Assert.Null(list.Header.Published);
        Assert.Null(list.Header.ListId);
        Assert.Equal(Pagination.Single, list.Pagination);
    }

    private static ParseContext Context() => new(new Uri("https://letterboxd.com/someone/list/things/"), "things");

    private static ListPage Parse(string file) =>
        ListPageParser.Parse(Corpus.Read(file), new ParseContext(Corpus.UrlOf(Corpus.Page(file)), "list"));
}
