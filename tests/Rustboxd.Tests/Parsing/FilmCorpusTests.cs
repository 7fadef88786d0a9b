using System.Text.Json;
using Rustboxd.Models;
using Rustboxd.Parsing;

namespace Rustboxd.Tests.Parsing;

/// <summary>
/// Every film page of the corpus, routed or not, field by field. The two routed pages take their expected values from
/// facts.json; the two unrouted ones (a second capture of a routed address, and a copy without JSON-LD) from their
/// MANIFEST rows, written out here because facts.json lists routed pages only. The values read from the tabs
/// (alternative titles, studios, languages, crew) were counted on the stored files.
/// </summary>
public sealed class FilmCorpusTests
{
    public static TheoryData<string> EveryFilmPage => new()
    {
        "film/mulholland-drive-2026-01.html",
        "film/mulholland-drive-2025-10.html",
        "film/the-zone-of-interest-2025-11.html",
        "film/the-zone-of-interest-no-jsonld-2025-11.html",
    };

    [Theory]
    [MemberData(nameof(EveryFilmPage))]
    public void Reads_every_field_the_manifest_verifies(string file)
    {
        var expected = Expected(file);

        var page = Parse(file, out var context);
        var film = page.Film;

        Assert.Equal(expected.GetProperty("title").GetString(), film.Title);
        Assert.Equal(expected.GetProperty("year").GetInt32(), film.Year);
        Assert.Equal(expected.GetProperty("directors").EnumerateArray().Select(d => d.GetString()), film.Directors);
        Assert.Equal(expected.GetProperty("runtime_minutes").GetInt32(), film.Runtime);
        Assert.Equal(expected.GetProperty("average_rating").GetDecimal(), film.AverageRating);
        Assert.Equal(expected.GetProperty("ratings_count").GetInt64(), film.RatingCount);
        Assert.Equal(expected.GetProperty("tmdb_id").GetInt64(), film.TmdbId);
        Assert.Equal(TmdbKind.Movie, film.TmdbKind);
        Assert.Equal(expected.GetProperty("tmdb_kind").GetString(), film.TmdbKind?.ToString().ToLowerInvariant());
        Assert.Equal(expected.GetProperty("imdb_id").GetString(), film.ImdbId);
        Assert.Equal(expected.GetProperty("cast_count").GetInt32(), film.Cast.Count);
        Assert.Equal(expected.GetProperty("letterboxd_id").GetInt64(), film.LetterboxdId);
        Assert.Equal(expected.GetProperty("genres").EnumerateArray().Select(g => g.GetString()), film.Genres);
        if (expected.TryGetProperty("tagline", out var tagline))
        {
            Assert.Equal(tagline.GetString(), film.Tagline);
        }

        Assert.Null(film.OriginalTitle);
        Assert.Empty(context.Warnings);
    }

    [Theory]
    [InlineData("film/mulholland-drive-2026-01.html", 30, "Mulholland Dr.", "Bulevar zločina")]
    [InlineData("film/mulholland-drive-2025-10.html", 30, "Mulholland Dr.", "Bulevar zločina")]
    [InlineData("film/the-zone-of-interest-2025-11.html", 44, "利益区域", "Vùng Tâm Điểm")]
    [InlineData("film/the-zone-of-interest-no-jsonld-2025-11.html", 44, "利益区域", "Vùng Tâm Điểm")]
    public void Reads_the_alternative_titles_one_per_title(string file, int count, string first, string last)
    {
        var titles = Parse(file, out _).Film.AlternativeTitles;

        Assert.Equal(count, titles.Count);
        Assert.Equal(first, titles[0]);
        Assert.Equal(last, titles[^1]);
        Assert.All(titles, title => Assert.Equal(title.Trim(), title));
    }

    [Theory]
    [InlineData("film/mulholland-drive-2026-01.html")]
    [InlineData("film/mulholland-drive-2025-10.html")]
    public void Keeps_a_title_with_commas_in_it_whole(string file)
    {
        var titles = Parse(file, out _).Film.AlternativeTitles;

        // Split on ", " this title would be three, and "misterios y secretos" no title at all (F11).
        Assert.Contains("Mulholland Drive: Sueños, misterios y secretos", titles);
        Assert.Contains("მალჰოლენდ დრაივი", titles);
        Assert.Contains("Mulholland Drive - Straße der Finsternis", titles);
        Assert.DoesNotContain("misterios y secretos", titles);
    }

    [Theory]
    [InlineData("film/mulholland-drive-2026-01.html")]
    [InlineData("film/mulholland-drive-2025-10.html")]
    public void Reads_the_details_crew_themes_and_images_of_mulholland_drive(string file)
    {
        var film = Parse(file, out _).Film;

        Assert.Equal(["StudioCanal", "Les Films Alain Sarde", "Asymmetrical Productions", "Babbo"], film.Studios);
        Assert.Equal(["France", "USA"], film.Countries);
        Assert.Equal("English", film.PrimaryLanguage);
        Assert.Equal(["Spanish", "English"], film.SpokenLanguages);
        Assert.Equal(["Humanity and the world around us", "Intense violence and sexual transgression"], film.Themes);
        Assert.Equal(5, film.MiniThemes.Count);
        Assert.Equal("Dreamlike, quirky, and surreal storytelling", film.MiniThemes[0]);
        Assert.DoesNotContain(film.MiniThemes, theme => theme.StartsWith("Show All", StringComparison.Ordinal));
        Assert.Empty(film.Nanogenres);
        Assert.Equal(["David Lynch"], film.CrewByJob["Director"]);
        Assert.Equal(7, film.CrewByJob["Producers"].Count);
        Assert.Equal("Betty Elms / Diane Selwyn", film.Cast[0].Role);
        Assert.Equal("297o", film.ShortId);
        Assert.Equal(
            "https://a.ltrbxd.com/resized/sm/upload/h2/6c/u6/vy/mulholland-drive-60-1920-1920-1080-1080-crop-000000.jpg",
            film.BackdropUrl);
        Assert.StartsWith("https://a.ltrbxd.com/resized/", film.PosterUrl);
    }

    [Fact]
    public void Reads_the_zone_of_interest_details_with_and_without_json_ld_alike()
    {
        var withJson = Parse("film/the-zone-of-interest-2025-11.html", out _).Film;
        var withoutJson = Parse("film/the-zone-of-interest-no-jsonld-2025-11.html", out _).Film;

        Assert.Equal(["Poland", "UK", "USA"], withJson.Countries);
        Assert.Equal(["German", "Polish", "Yiddish"], withJson.SpokenLanguages);
        Assert.Equal("gJsA", withJson.ShortId);
        Assert.Equal(withJson.AlternativeTitles, withoutJson.AlternativeTitles);
        Assert.Equal(withJson.Crew.Count, withoutJson.Crew.Count);
        Assert.Equal(withJson.MiniThemes, withoutJson.MiniThemes);
        Assert.Equal(withJson.BackdropUrl, withoutJson.BackdropUrl);

        // The poster comes from the JSON-LD block only; the saved page points its poster image at a local folder.
        Assert.NotNull(withJson.PosterUrl);
        Assert.Null(withoutJson.PosterUrl);
    }

    [Theory]
    [InlineData("film/mulholland-drive-2025-10.html", 1_376_569L, 398_404L, 521_401L, 67_000L, 279_447L)]
    [InlineData("film/the-zone-of-interest-2025-11.html", 1_065_456L, 251_553L, 254_956L, 3_200L, 232_198L)]
    public void Reads_the_counts_a_browser_saved_page_holds_inline(
        string file, long watched, long lists, long likes, long fans, long reviews)
    {
        var page = Parse(file, out _);

        Assert.Equal(watched, page.Statistics.WatchedCount);
        Assert.Equal(lists, page.Statistics.ListCount);
        Assert.Equal(likes, page.Statistics.LikeCount);
        Assert.Equal(fans, page.Statistics.FanCount);
        Assert.Equal(reviews, page.Statistics.ReviewCount);
        Assert.Null(page.StatisticsFragment);
    }

    [Fact]
    public void Names_the_fragments_the_2026_page_loads_its_counts_from()
    {
        var page = Parse("film/mulholland-drive-2026-01.html", out _);

        Assert.Equal("/csi/film/mulholland-drive/stats/", page.StatisticsFragment);
        Assert.Equal("/csi/film/mulholland-drive/ratings-summary/", page.RatingsFragment);
        Assert.Null(page.Statistics.WatchedCount);
        Assert.Null(page.Statistics.FanCount);
        Assert.Equal(306_356, page.Statistics.ReviewCount);
        Assert.Equal(1_072_467, page.Statistics.RatingCount);
    }

    [Fact]
    public void Gives_no_review_count_for_the_page_without_json_ld_and_keeps_the_other_counts()
    {
        var page = Parse("film/the-zone-of-interest-no-jsonld-2025-11.html", out _);

        Assert.Null(page.Statistics.ReviewCount);
        Assert.Equal(1_065_456, page.Statistics.WatchedCount);
        Assert.Equal(871_061, page.Statistics.RatingCount);
    }

    private static FilmPage Parse(string file, out ParseContext context)
    {
        var path = file.Contains("mulholland", StringComparison.Ordinal) ? "/film/mulholland-drive/" : "/film/the-zone-of-interest/";
        context = new ParseContext(new Uri(new Uri("https://letterboxd.com/"), path), "film");
        return FilmPageParser.ParsePage(Corpus.Read(file), context);
    }

    // facts.json for the routed pages; the MANIFEST rows of the two unrouted ones.
    private static JsonElement Expected(string file)
    {
        if (Corpus.Pages.FirstOrDefault(page => page.File == file) is { } routed)
        {
            return routed.Facts;
        }

        var manifest = file switch
        {
            "film/mulholland-drive-2025-10.html" => """
                {"title":"Mulholland Drive","year":2001,"directors":["David Lynch"],"runtime_minutes":147,
                 "average_rating":4.26,"ratings_count":987917,"tmdb_id":1018,"tmdb_kind":"movie","imdb_id":"tt0166924",
                 "cast_count":73,"letterboxd_id":51171,"genres":["Drama","Mystery","Thriller"],
                 "tagline":"A love story in the city of dreams."}
                """,
            "film/the-zone-of-interest-no-jsonld-2025-11.html" => """
                {"title":"The Zone of Interest","year":2023,"directors":["Jonathan Glazer"],"runtime_minutes":105,
                 "average_rating":3.86,"ratings_count":871061,"tmdb_id":467244,"tmdb_kind":"movie","imdb_id":"tt7160372",
                 "cast_count":65,"letterboxd_id":398800,"genres":["Drama","History","War"]}
                """,
            _ => throw new ArgumentException($"No expected values for {file}.", nameof(file)),
        };

        using var document = JsonDocument.Parse(manifest);
        return document.RootElement.Clone();
    }
}
