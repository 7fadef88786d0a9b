using Rustboxd.Errors;
using Rustboxd.Parsing;

namespace Rustboxd.Tests.Parsing;

public sealed class FilmPageParserTests
{
    public static TheoryData<string> FilmPages => Corpus.FilesOfKind("film");

    [Theory]
    [MemberData(nameof(FilmPages))]
    public void Reads_every_verified_fact_of_each_captured_film_page(string file)
    {
        var page = Corpus.Page(file);
        var context = new ParseContext(Corpus.UrlOf(page), "film");

        var film = FilmPageParser.Parse(Corpus.Read(file), context);

        Assert.Equal(page.String("title"), film.Title);
        Assert.Equal(page.Int("year"), film.Year);
        Assert.Equal(page.Strings("directors"), film.Directors);
        Assert.Equal(page.Int("runtime_minutes"), film.Runtime);
        Assert.Equal(page.Decimal("average_rating"), film.AverageRating);
        Assert.Equal(page.Long("ratings_count"), film.RatingCount);
        Assert.Equal(page.Long("tmdb_id"), film.TmdbId);
        Assert.Equal(page.String("tmdb_kind"), film.TmdbKind?.ToString().ToLowerInvariant());
        Assert.Equal(page.String("imdb_id"), film.ImdbId);
        Assert.Equal(page.Int("cast_count"), film.Cast.Count);
        Assert.Equal(page.String("first_cast"), film.Cast[0].Name);
        Assert.Equal(page.Strings("genres"), film.Genres);
        Assert.Equal(page.Long("letterboxd_id"), film.LetterboxdId);
        Assert.Equal(page.Path!.Split('/')[2], film.Slug);
        if (page.Has("tagline"))
        {
            Assert.Equal(page.String("tagline"), film.Tagline);
        }

        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Reads_cast_roles_crew_jobs_details_and_a_stable_poster_address_from_the_2026_page()
    {
        var film = Parse("film/mulholland-drive-2026-01.html");

        Assert.Equal("mulholland-drive", film.Slug);
        Assert.Equal("naomi-watts", film.Cast[0].Slug);
        Assert.Equal("Betty Elms / Diane Selwyn", film.Cast[0].Role);
        Assert.Contains(film.Crew, c => c is { Job: "Director", Name: "David Lynch", Slug: "david-lynch" });
        Assert.Equal(7, film.Crew.Count(c => c.Job == "Producers"));
        Assert.Equal(["France", "USA"], film.Countries);
        Assert.Equal("English", film.PrimaryLanguage);
        Assert.Equal(["Spanish", "English"], film.SpokenLanguages);
        Assert.Contains("StudioCanal", film.Studios);
        Assert.Contains("Dreamlike, quirky, and surreal storytelling", film.MiniThemes);
        Assert.DoesNotContain("Dreamlike, quirky, and surreal storytelling", film.Themes);
        Assert.DoesNotContain("Show All…", film.MiniThemes);
        Assert.StartsWith("Blonde Betty Elms has only just arrived in Hollywood", film.Description);
        Assert.StartsWith("https://a.ltrbxd.com/resized/", film.PosterUrl);
        Assert.DoesNotContain("?", film.PosterUrl);
        Assert.Equal(new Uri("https://letterboxd.com/film/mulholland-drive/"), film.Url);
    }

    [Fact]
    public void Reads_the_October_2025_capture_with_its_own_rating_count()
    {
        var film = Parse("film/mulholland-drive-2025-10.html");

        Assert.Equal("Mulholland Drive", film.Title);
        Assert.Equal(987_917, film.RatingCount);
        Assert.Equal(4.26m, film.AverageRating);
        Assert.Equal(73, film.Cast.Count);
        Assert.Equal(51171, film.LetterboxdId);
    }

    [Fact]
    public void Reads_the_same_values_from_the_html_when_the_page_has_no_json_ld()
    {
        var withJson = Parse("film/the-zone-of-interest-2025-11.html");
        var withoutJson = Parse("film/the-zone-of-interest-no-jsonld-2025-11.html");

        Assert.Equal(3.86m, withoutJson.AverageRating);
        Assert.Equal(871_061, withoutJson.RatingCount);
        Assert.Equal(withJson.Title, withoutJson.Title);
        Assert.Equal(withJson.Year, withoutJson.Year);
        Assert.Equal(withJson.Directors, withoutJson.Directors);
        Assert.Equal(withJson.Genres, withoutJson.Genres);
        Assert.Equal(withJson.TmdbId, withoutJson.TmdbId);
        Assert.Equal(withJson.ImdbId, withoutJson.ImdbId);
        Assert.Equal(398800, withoutJson.LetterboxdId);
    }

    [Fact]
    public void Gives_a_null_average_and_still_parses_everything_else_for_a_film_with_too_few_ratings()
    {
        // BL-01: no aggregateRating in the JSON-LD and no average-rating element.
        var html = Page("""
            <script type="application/ld+json">/* <![CDATA[ */ {"@type":"Movie","name":"Eline Vere",
              "releasedEvent":[{"@type":"PublicationEvent","startDate":"1991"}]} /* ]]> */</script>
            <h1 class="headline-1 primaryname"><span class="name">Eline Vere</span></h1>
            <p class="text-footer">121&nbsp;mins &nbsp; More at
              <a href="https://www.themoviedb.org/movie/12345/" data-track-action="TMDb">TMDb</a></p>
            """);

        var film = FilmPageParser.Parse(html, Context("eline-vere"));

        Assert.Null(film.AverageRating);
        Assert.Null(film.RatingCount);
        Assert.Equal("Eline Vere", film.Title);
        Assert.Equal(1991, film.Year);
        Assert.Equal(121, film.Runtime);
        Assert.Equal(12345, film.TmdbId);
    }

    [Fact]
    public void Gives_a_null_year_for_a_film_with_no_release_date_anywhere()
    {
        // BL-23: an announced film has no year link, no release event and no year in og:title.
        var html = Page("""
            <meta property="og:title" content="Untitled Project">
            <h1 class="headline-1 primaryname"><span class="name">Untitled Project</span></h1>
            """);

        var film = FilmPageParser.Parse(html, Context("untitled-project"));

        Assert.Null(film.Year);
        Assert.Null(film.Runtime);
        Assert.Equal("Untitled Project", film.Title);
    }

    [Theory]
    [InlineData("TMDB", "https://www.themoviedb.org/tv/1399/", 1399, "tv")]
    [InlineData("TMDb", "https://www.themoviedb.org/movie/603/", 603, "movie")]
    [InlineData("tmdb", "https://www.themoviedb.org/Movie/603", 603, "movie")]
    public void Reads_the_tmdb_link_whatever_the_case_of_its_label(string label, string href, long id, string kind)
    {
        // BL-32: the label changed from "TMDb" to "TMDB"; the id comes from the address.
        var html = Page($"""
            <h1 class="headline-1 primaryname"><span class="name">A Film</span></h1>
            <p class="text-footer"><a href="{href}" data-track-action="{label}">{label}</a></p>
            """);

        var film = FilmPageParser.Parse(html, Context("a-film"));

        Assert.Equal(id, film.TmdbId);
        Assert.Equal(kind, film.TmdbKind?.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("Adult 99&nbsp;mins &nbsp; More at", 99)]
    [InlineData("1,200&nbsp;mins", 1200)]
    [InlineData("90 mins", 90)]
    public void Reads_the_running_time_when_the_footer_carries_other_words(string footer, int minutes)
    {
        var html = Page($"""
            <h1 class="headline-1 primaryname"><span class="name">A Film</span></h1>
            <p class="text-footer">{footer}</p>
            """);

        Assert.Equal(minutes, FilmPageParser.Parse(html, Context("a-film")).Runtime);
    }

    [Fact]
    public void Reads_tabs_under_their_2026_panel_ids()
    {
        var html = Page("""
            <h1 class="headline-1 primaryname"><span class="name">A Film</span></h1>
            <div id="tab-panel-cast"><a href="/actor/someone/" title="Hero">Someone</a></div>
            <div id="tab-panel-genres"><h3>Genres</h3><div><a href="/films/genre/comedy/">Comedy</a></div></div>
            """);

        var film = FilmPageParser.Parse(html, Context("a-film"));

        Assert.Equal("Hero", Assert.Single(film.Cast).Role);
        Assert.Equal(["Comedy"], film.Genres);
    }

    [Fact]
    public void Refuses_a_page_without_a_title_with_a_parse_error_naming_the_field()
    {
        var error = Assert.Throws<ParseException>(() => FilmPageParser.Parse(Page("<p>nothing</p>"), Context("x")));

        Assert.Equal("Title", error.Field);
        Assert.Equal(ErrorIds.ParseFailed, error.ErrorId);
    }

    private static Rustboxd.Models.Film Parse(string file)
    {
        var context = new ParseContext(new Uri("https://letterboxd.com/film/x/"), "film");
        var film = FilmPageParser.Parse(Corpus.Read(file), context);
        Assert.Empty(context.Warnings);
        return film;
    }

    private static ParseContext Context(string slug) => new(new Uri($"https://letterboxd.com/film/{slug}/"), slug);

    private static string Page(string body) => $"<!DOCTYPE html><html><head></head><body>{body}</body></html>";
}
