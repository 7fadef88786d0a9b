using Rustboxd.Parsing;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Tests.Parsing;

public sealed class FilmGridParserTests
{
    public static TheoryData<string> Grids
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var page in Corpus.Pages.Where(p => p.Kind is "films" or "likes"))
            {
                data.Add(page.File);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void Reads_every_verified_fact_of_each_captured_films_grid(string file)
    {
        var page = Corpus.Page(file);
        var context = new ParseContext(Corpus.UrlOf(page), "member");

        var grid = FilmGridParser.Parse(Corpus.Read(file), context);

        Assert.Equal(page.Int("items"), grid.Entries.Count);
        Assert.Equal(page.String("first_slug"), grid.Entries[0].Film.Slug);
        Assert.Equal(page.String("last_slug"), grid.Entries[^1].Film.Slug);
        Assert.Equal(page.Int("rated"), grid.Entries.Count(e => e.Rating is not null));
        Assert.Equal(page.Int("liked"), grid.Entries.Count(e => e.Liked));
        Assert.Equal(page.NullableDecimal("first_rating"), grid.Entries[0].Rating);
        // A page with only an "Older" link names no last page; its next link then names the highest page known.
        Assert.Equal(page.Int("last_page"), grid.Pagination.LastPage ?? Pagination.PageOf(grid.Pagination.NextPath!));
        if (page.Has("first_title"))
        {
            Assert.Equal(page.String("first_title"), grid.Entries[0].Film.Title);
        }

        if (page.Has("first_year"))
        {
            Assert.Equal(page.Int("first_year"), grid.Entries[0].Film.Year);
        }

        if (page.Has("total"))
        {
            Assert.Equal(page.Int("total"), grid.StatedTotal);
        }

        Assert.All(grid.Entries, e => Assert.NotNull(e.Film.Title));
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Reads_the_2023_classic_grid_with_slugs_in_film_paths_and_titles_in_image_alts()
    {
        var grid = Parse("films/films-grid-2023-03.html");

        var first = grid.Entries[0].Film;
        Assert.Equal("mafia-mamma", first.Slug);
        Assert.Equal("Mafia Mamma", first.Title);
        Assert.Null(first.Year);
        Assert.Equal(726680, first.LetterboxdId);
        Assert.Equal(3m, grid.Entries[1].Rating);
        Assert.True(grid.Entries[1].Liked);
        Assert.Equal(690, grid.StatedTotal);
        Assert.Equal("/sampleuser9/films/page/2/", grid.Pagination.NextPath);
    }

    [Fact]
    public void Reads_review_marks_and_film_ids_from_the_2025_react_grid()
    {
        var grid = Parse("films/films-grid-2025-10.html");

        Assert.Equal(40, grid.Entries.Count(e => e.Reviewed));
        Assert.Equal(972109, grid.Entries[0].Film.LetterboxdId);
        Assert.Equal("EMTM", grid.Entries[0].Film.ShortId);
        Assert.Equal("/sampleuser124/films/page/2/", grid.Pagination.NextPath);
    }

    [Fact]
    public void Keeps_every_other_item_when_one_poster_has_no_slug()
    {
        const string html = """
            <ul class="grid">
              <li class="griditem"><div class="react-component" data-item-slug="first" data-item-name="First (2001)"></div>
                <p class="poster-viewingdata"><span class="rating -micro rated-7">★★★½</span></p></li>
              <li class="griditem"><div class="react-component" data-item-name="Broken (2002)"></div></li>
              <li class="griditem"><div class="react-component" data-item-slug="third" data-item-name="Third (2003)"></div></li>
            </ul>
            """;
        var context = new ParseContext(new Uri("https://letterboxd.com/someone/films/"), "someone");

        var grid = FilmGridParser.Parse(html, context);

        Assert.Equal(["first", "third"], grid.Entries.Select(e => e.Film.Slug));
        Assert.Equal(3.5m, grid.Entries[0].Rating);
        Assert.Single(context.Warnings);
        Assert.Contains("grid item 2", context.Warnings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_the_film_id_from_the_json_identifier_when_data_film_id_is_gone()
    {
        const string html = """
            <ul class="grid"><li class="griditem"><div class="react-component" data-item-slug="x"
              data-item-name="X (1999)" data-postered-identifier='{"lid":"abc","uid":"film:42","type":"film"}'></div></li></ul>
            """;

        var grid = FilmGridParser.Parse(html, new ParseContext(new Uri("https://letterboxd.com/a/films/"), "a"));

        Assert.Equal(42, grid.Entries[0].Film.LetterboxdId);
        Assert.Equal("abc", grid.Entries[0].Film.ShortId);
    }

    private static FilmGridPage Parse(string file) =>
        FilmGridParser.Parse(Corpus.Read(file), new ParseContext(Corpus.UrlOf(Corpus.Page(file)), "member"));
}
