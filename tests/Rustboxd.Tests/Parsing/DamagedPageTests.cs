using Rustboxd.Parsing;
using Rustboxd.Parsing.Extractors;
using Rustboxd.Tests.Fuzzing;

namespace Rustboxd.Tests.Parsing;

/// <summary>
/// Regression tests for the parser crashes the fuzzer found (tests/Rustboxd.Tests/Fuzzing, docs/reliability.md): each
/// case it first crashed on, replayed by its seed, and the damage behind each class of crash in a small page of its own.
/// </summary>
public sealed class DamagedPageTests
{
    private static readonly Uri PageUrl = new("https://letterboxd.com/m/films/");

    [Theory]
    [InlineData("reviews", "synthmember-reviews-page2.html", 1904048387)]
    [InlineData("films grid", "synthmember-films-page3.html", 1000168)]
    [InlineData("watchlist", "watchlist-2026-01.html", 1000344)]
    [InlineData("film page", "synthetic-film-c.html", 1000310)]
    [InlineData("film page", "synthetic-film-a.html", 1000714)]
    [InlineData("film page", "synthetic-film-b.html", 1001345)]
    [InlineData("film rating chart", "ratings-summary-mulholland-drive-2026-01.html", 1000068)]
    [InlineData("film rating chart", "ratings-summary-mulholland-drive-2026-01.html", 1001153)]
    [InlineData("list page", "listmember-list-ranked-with-notes-detail.html", 1000062)]
    [InlineData("lists index", "listmember-liked-lists.html", 1000062)]
    [InlineData("members table", "followers-2025-10.html", 1000484)]
    [InlineData("tags", "synthmember-tags-films.html", 1000422)]
    [InlineData("diary feed (RSS)", "user-rss-2025-12.xml", 1000003)]
    [InlineData("film page", "synthetic-series.html", 1000722)]
    public void Reads_the_damaged_pages_the_fuzzer_first_crashed_on(string parser, string page, int seed)
    {
        var target = FuzzTargets.All.Single(t => t.Name == parser);

        var failure = FuzzTargets.Replay(target, page, seed, Corpus.Root, Corpus.SyntheticRoot);

        Assert.Null(failure);
    }

    [Theory]
    [InlineData("9223372036854775809")]
    [InlineData("99999999999999999999999999999")]
    [InlineData("79228162514264337593543950335B")]
    [InlineData("9300000000000000000K")]
    public void Reads_a_number_beyond_any_count_as_no_number(string text)
    {
        Assert.Null(SiteNumber.Parse(text));
        Assert.Null(SiteNumber.ParseInt(text));
    }

    [Fact]
    public void Still_reads_the_largest_counts_the_site_shows()
    {
        Assert.Equal(1_078_261, SiteNumber.Parse("1,078,261 ratings"));
        Assert.Equal(1_200_000_000, SiteNumber.Parse("1.2B"));
        Assert.Equal(long.MaxValue, SiteNumber.Parse("9223372036854775807"));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"film:42\"")]
    [InlineData("{\"uid\":\"film:\uD800\"}")]
    [InlineData("{\"uid\":{}}")]
    public void Keeps_a_poster_whose_json_identifier_is_damaged(string identifier)
    {
        var html = $"<ul class=\"grid\"><li class=\"griditem\"><div data-item-slug=\"x\" data-item-name=\"X (1999)\" " +
            $"data-postered-identifier='{identifier}'></div></li></ul>";

        var grid = FilmGridParser.Parse(html, new ParseContext(PageUrl, "m"));

        var entry = Assert.Single(grid.Entries);
        Assert.Equal("x", entry.Film.Slug);
        Assert.Null(entry.Film.LetterboxdId);
    }

    [Fact]
    public void Falls_back_to_the_html_when_the_json_ld_block_is_not_valid_text()
    {
        var html = "<html><head><meta property=\"og:title\" content=\"Film (2001)\">" +
            "<script type=\"application/ld+json\">{\"name\":\"Film\uD800\"}</script></head>" +
            "<body><h1 class=\"filmtitle\">Film</h1><p class=\"text-footer\">99999999999 mins</p>" +
            "<a data-track-action=\"TMDB\" href=\"https://www.themoviedb.org/movie/99999999999999999999/\">TMDB</a></body></html>";
        var context = new ParseContext(new Uri("https://letterboxd.com/film/film/"), "film");

        var film = FilmPageParser.Parse(html, context);

        Assert.Equal("Film", film.Title);
        Assert.Null(film.Runtime);
        Assert.Null(film.TmdbId);
        Assert.Contains(context.Warnings, w => w.Contains("JSON-LD", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_a_weighted_average_too_large_to_be_real_as_none()
    {
        var html = "<section class=\"ratings-histogram-chart\"><span class=\"average-rating\">" +
            "<a class=\"tooltip display-rating\" data-original-title=\"Weighted average of " + new string('9', 40) +
            " based on 12 ratings\">4.1</a></span></section>";

        var statistics = RatingStatisticsParser.FromFilmChart(html, new ParseContext(PageUrl, "x"), "x");

        Assert.Null(statistics.SiteAverage);
    }

    [Fact]
    public void Reads_a_page_number_too_large_to_be_real_as_page_one()
    {
        Assert.Equal(1, Pagination.PageOf("/m/films/page/99999999999999/"));
        Assert.Equal(12, Pagination.PageOf("/m/films/page/12/"));
    }
}
