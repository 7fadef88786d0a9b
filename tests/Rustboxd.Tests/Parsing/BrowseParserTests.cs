using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Parsing;

namespace Rustboxd.Tests.Parsing;

/// <summary>
/// Browse grids, filmographies and search results: the captured browse and actor pages (facts.json kind "browse"),
/// the popular-members page (kind "members"), and synthetic pages where the corpus has no capture.
/// </summary>
public sealed class BrowseParserTests
{
    [Fact]
    public void Reads_the_captured_browse_page_with_its_inlined_grid_and_the_fragment_it_names()
    {
        var page = Corpus.Page("browse/films-browse-decade-genre-2025-10.html");
        var context = new ParseContext(Corpus.UrlOf(page), "browse");

        var grid = BrowseGridParser.Parse(Corpus.Read(page.File), context);

        Assert.Equal(page.Int("items"), grid.Films.Count);
        Assert.Equal(page.String("first_slug"), grid.Films[0].Slug);
        Assert.Equal("Breathless", grid.Films[0].Title);
        Assert.Equal(1960, grid.Films[0].Year);
        Assert.Equal(3.92m, grid.Films[0].AverageRating);
        Assert.Equal(51787, grid.Films[0].LetterboxdId);
        Assert.Equal("2aIK", grid.Films[0].ShortId);
        Assert.Equal("the-day-of-the-owl", grid.Films[^1].Slug);
        Assert.Equal(Enumerable.Range(1, 72), grid.Films.Select(film => film.Position));
        Assert.Equal(1068, grid.StatedTotal);

        // The page names the retired /films/ajax/ fragment (BL-15); the reader falls back from it.
        Assert.Equal("/films/ajax/popular/decade/1960s/genre/crime%20drama%20-science-fiction/?esiAllowFilters=true",
            grid.FragmentPath);
        Assert.Equal("/films/popular/decade/1960s/genre/crime%20drama%20-science-fiction/page/2/", grid.Pagination.NextPath);
        Assert.Null(grid.Pagination.LastPage);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Reads_the_2018_poster_markup_of_the_captured_home_page_featured_grid()
    {
        var page = Corpus.Page("browse/home-2018-03.html");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Corpus.Read(page.File));
        var featured = document.QuerySelector("#featured")!.OuterHtml;

        var grid = BrowseGridParser.Parse(featured, new ParseContext(Corpus.UrlOf(page), "home"));

        Assert.Equal(page.Int("items"), grid.Films.Count);
        Assert.Equal(page.String("first_slug"), grid.Films[0].Slug);
        Assert.Equal(("Annihilation", 2018, 227784L), (grid.Films[0].Title, grid.Films[0].Year, grid.Films[0].LetterboxdId));
        Assert.Equal("i-tonya", grid.Films[^1].Slug);
    }

    [Fact]
    public void Reads_a_shell_whose_grid_is_left_to_its_fragment_and_the_fragment_itself()
    {
        var shell = BrowseGridParser.Parse(Corpus.ReadSynthetic("browse/popular-this-week.html"), Context("/films/popular/this/week/"));
        var fragment = BrowseGridParser.Parse(
            Corpus.ReadSynthetic("browse/fragment-popular-this-week-1.html"),
            Context("/csi/films/films-browser-list/popular/this/week/"));

        Assert.Empty(shell.Films);
        Assert.Equal("/films/ajax/popular/this/week/?esiAllowFilters=true", shell.FragmentPath);
        Assert.Equal(["synthetic-film-a", "synthetic-film-b", "synthetic-film-c"], fragment.Films.Select(f => f.Slug));
        Assert.Equal([3.92m, 4.60m, null], fragment.Films.Select(f => f.AverageRating));
        Assert.Equal(5, fragment.StatedTotal);
        Assert.Equal("/films/popular/this/week/page/2/", fragment.Pagination.NextPath);
    }

    [Theory]
    [InlineData("https://elsewhere.example/films/ajax/x/")]
    [InlineData("/films/ajax/../../admin/")]
    [InlineData("/members/x/")]
    [InlineData("javascript:alert(1)")]
    public void Takes_no_fragment_address_that_is_not_a_plain_letterboxd_fragment(string named)
    {
        var html = $"""<html><body><div id="films-browser-list-container" data-url="{named}"></div></body></html>""";

        Assert.Null(BrowseGridParser.Parse(html, Context("/films/popular/")).FragmentPath);
    }

    [Theory]
    [InlineData("browse/actor-michael-fassbender-viewsource-2025-12.html")]
    [InlineData("browse/actor-michael-fassbender-savedcomplete-2025-12.html")]
    public void Reads_both_captures_of_an_actors_filmography_with_characters(string file)
    {
        var facts = Corpus.Page("browse/actor-michael-fassbender-viewsource-2025-12.html");
        var context = new ParseContext(new Uri("https://letterboxd.com/actor/michael-fassbender/"), "michael-fassbender");

        var page = FilmographyParser.Parse(Corpus.Read(file), context);

        Assert.Equal(facts.Int("items"), page.Items.Count);
        Assert.Equal(68, page.StatedTotal);
        Assert.Equal(facts.String("first_slug"), page.Items[0].Slug);
        Assert.Equal("LT. Archie Hicox", page.Items[0].Character);
        Assert.Equal(2009, page.Items[0].Year);
        Assert.Equal(41352, page.Items[0].LetterboxdId);
        Assert.Equal("untitled-nancy-meyers-film", page.Items[^1].Slug);
        Assert.Null(page.Items[^1].Character);
        Assert.Contains(page.Items, item => item is { Slug: "hope-11", Character: null });
        Assert.Contains(page.Items, item => item.Title == "Entering Hades" && item.Character == "Jack Unterweger");
        Assert.Equal("Michael Fassbender", page.PersonName);
        Assert.Equal(["executive-producer", "producer"], page.RoleSegments);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Reads_a_character_after_a_title_that_holds_the_word_as_itself()
    {
        var context = new ParseContext(new Uri("https://letterboxd.com/actor/synthetic-director/"), "synthetic-director");

        var page = FilmographyParser.Parse(Corpus.ReadSynthetic("filmography/actor-synthetic-director.html"), context);

        Assert.Equal("Himself, as a Cameo", page.Items[0].Character);
        Assert.Equal("The Man Who Says As", page.Items[1].Character);
        Assert.Null(page.Items[1].Year);
    }

    [Fact]
    public void Reads_the_captured_popular_members_table()
    {
        var facts = Corpus.Page("members/members-popular-this-week-2025-11.html");
        var context = new ParseContext(Corpus.UrlOf(facts), "members");

        var table = MemberTableParser.Parse(Corpus.Read(facts.File), context);

        Assert.Equal(facts.Int("items"), table.Items.Count);
        Assert.Equal(facts.String("first_username"), table.Items[0].UserName);
        Assert.Equal((1343, 25, 1572), (table.Items[0].FilmCount, table.Items[0].ListCount, table.Items[0].LikeCount));
        Assert.Equal("/members/popular/this/week/page/2/", table.Pagination.NextPath);
    }

    [Fact]
    public void Reads_film_results_with_year_and_directors_and_the_cursor_to_the_next_page()
    {
        var page = Search("search/films-mulholland-1.html", SearchType.Film);

        var films = page.Items.Cast<FilmListing>().ToArray();
        Assert.Equal(["mulholland-drive", "mulholland-falls", "mulholland-dr-1999"], films.Select(f => f.Slug));
        Assert.Equal([2001, 1996, 1999], films.Select(f => f.Year));
        Assert.Equal(["David Lynch"], films[0].Directors);
        Assert.Equal(["David Lynch", "Synthetic Director"], films[2].Directors);
        Assert.Equal("Mulholland Dr.", films[2].Title);
        Assert.Equal("c2-mulholland", page.Cursor);
    }

    [Fact]
    public void Ends_the_search_at_an_empty_cursor_and_finds_nothing_without_an_error()
    {
        Assert.Null(Search("search/films-mulholland-2.html", SearchType.Film).Cursor);
        var nothing = Search("search/films-nothing.html", SearchType.Film);

        Assert.Empty(nothing.Items);
        Assert.Null(nothing.Cursor);
    }

    [Fact]
    public void Reads_member_list_and_person_results()
    {
        var members = Search("search/members-synth.html", SearchType.Member).Items.Cast<MemberRow>().ToArray();
        var lists = Search("search/lists-lynch.html", SearchType.List).Items.Cast<ListCard>().ToArray();
        var people = Search("search/cast-crew-lynch.html", SearchType.Person).Items.Cast<PersonSummary>().ToArray();

        Assert.Equal(["synthmember", "synthcritic"], members.Select(m => m.UserName));
        Assert.Equal("Synth Member", members[0].DisplayName);
        Assert.Equal(("listmember", "lynch-ranked", "Lynch, ranked"), (lists[0].Owner, lists[0].Slug, lists[0].Title));
        Assert.Equal((1308, 12000), (lists[1].FilmCount, lists[1].LikeCount));
        Assert.Equal(6300, lists[0].LikeCount);
        Assert.Equal(("David Lynch", "david-lynch", ContributorRole.Director),
            (people[0].Name, people[0].PersonSlug, people[0].Role));
        Assert.Equal(ContributorRole.Actor, people[1].Role);
        Assert.Null(people[2].Role);
        Assert.Equal("https://letterboxd.com/director/david-lynch/", people[0].Url.AbsoluteUri);
    }

    [Fact]
    public void Reports_drift_when_results_are_there_but_none_can_be_read()
    {
        var error = Assert.Throws<MarkupDriftException>(() => Search("search/films-drift.html", SearchType.Film));

        Assert.Equal(ErrorIds.MarkupDrift, error.ErrorId);
        Assert.Equal(2, error.Expected);
    }

    private static SearchResultsPage Search(string file, SearchType type) =>
        SearchResultsParser.Parse(Corpus.ReadSynthetic(file), Context("/s/search/films/x/"), type);

    private static ParseContext Context(string path) => new(new Uri(new Uri("https://letterboxd.com/"), path), "browse");
}
