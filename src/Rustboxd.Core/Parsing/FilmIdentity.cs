using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Rustboxd.Models;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>
/// Who a film page is about, wherever the era keeps it: TMDB id and kind, IMDb id, Letterboxd's numeric and short
/// ids, poster and backdrop. Each has a chain of places, so losing one attribute costs a fallback, not the value.
/// </summary>
internal static partial class FilmIdentity
{
    /// <summary>
    /// The TMDB button (its label was "TMDb" before 2025 and "TMDB" after, BL-32), else the body's data-tmdb-id and
    /// data-tmdb-type (2025-26).
    /// </summary>
    public static (long? Id, TmdbKind? Kind) Tmdb(IDocument document)
    {
        var link = document.QuerySelector("a[data-track-action='TMDB' i], a[href*='themoviedb.org/']");
        var match = TmdbPath().Match(link?.GetAttribute("href") ?? string.Empty);
        // An id too long for a long is damage, not an id (fuzzing found the overflow): fall back to the body's.
        if (match.Success && long.TryParse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture,
            out var tmdbId))
        {
            return (tmdbId, KindOf(match.Groups["kind"].Value));
        }

        var body = document.Body;
        var id = SiteNumber.Parse(body?.GetAttribute("data-tmdb-id"));
        return (id, id is null ? null : KindOf(body?.GetAttribute("data-tmdb-type")));
    }

    public static TmdbKind? KindOf(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "movie" => TmdbKind.Movie,
        "tv" => TmdbKind.Tv,
        _ => null,
    };

    public static string? ImdbId(IDocument document)
    {
        var link = document.QuerySelector("a[data-track-action='IMDb' i], a[href*='imdb.com/title/']");
        var match = ImdbPath().Match(link?.GetAttribute("href") ?? string.Empty);
        return match.Success ? match.Groups["id"].Value : null;
    }

    /// <summary>
    /// The film's own id, newest place first: the backdrop's data-production-uid "film:N" (2025-26), the report
    /// link /ajax/film:N/report-form, the film's own poster (data-film-id until 2026, then the JSON identifier: BL-12).
    /// </summary>
    public static long? LetterboxdId(IDocument document, string slug)
    {
        var candidates = new[]
        {
            HtmlPage.Attribute(document.QuerySelector("#backdrop[data-production-uid], [data-production-uid]"),
                "data-production-uid"),
            ReportUid().Match(HtmlPage.Attribute(document.QuerySelector("[data-report-url*='/film:']"), "data-report-url")
                ?? string.Empty) is { Success: true } report ? report.Groups["uid"].Value : null,
            HtmlPage.Attribute(OwnPoster(document, slug, "data-film-id"), "data-film-id"),
            Identifier(OwnPoster(document, slug, "data-postered-identifier")).Uid,
        };

        foreach (var candidate in candidates)
        {
            var digits = candidate?.StartsWith("film:", StringComparison.Ordinal) == true ? candidate[5..] : candidate;
            if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>The short id (boxd.it code) from the film's own poster identifier ("lid").</summary>
    public static string? ShortId(IDocument document, string slug)
    {
        if (Identifier(OwnPoster(document, slug, "data-postered-identifier")).Lid is { } lid)
        {
            return lid;
        }

        // The page's own watch button names the film too; reviews' like buttons name viewings, not films.
        var button = document.QuerySelector("[data-watchable-identifier]");
        var watchable = Identifier(button?.GetAttribute("data-watchable-identifier"));
        return watchable.Uid?.StartsWith("film:", StringComparison.Ordinal) == true ? watchable.Lid : null;
    }

    /// <summary>
    /// The JSON-LD image, else the poster image; never the empty-poster placeholder a page shows before its script
    /// loads the real one (a page without JSON-LD saved that way has no poster address at all).
    /// </summary>
    public static string? PosterUrl(IDocument document, FilmJsonLd? jsonLd)
    {
        var image = jsonLd?.Image ?? HtmlPage.Attribute(document.QuerySelector(".film-poster img, .poster img"), "src");
        return image is null || image.Contains("empty-poster", StringComparison.Ordinal) ? null : StableImage(image);
    }

    /// <summary>The widest backdrop the page names: data-backdrop2x (1920 wide), then data-backdrop, then mobile.</summary>
    public static string? BackdropUrl(IDocument document) =>
        StableImage(HtmlPage.Attribute(
            document.QuerySelector("#backdrop"), "data-backdrop2x", "data-backdrop", "data-backdrop-mobile"));

    // The query is a cache buster that changes between fetches; without it the value is stable. Saved pages point
    // images at a local folder, which is no address at all.
    private static string? StableImage(string? image) =>
        image is not null && Uri.TryCreate(image, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? uri.GetLeftPart(UriPartial.Path)
            : null;

    // The poster of this film, not of one of the similar films or lists on the same page.
    private static IElement? OwnPoster(IDocument document, string slug, string attribute) =>
        document.QuerySelectorAll($"[{attribute}]").FirstOrDefault(element =>
            element.GetAttribute("data-item-slug") == slug
            || element.GetAttribute("data-film-slug") is { } filmSlug
                && (filmSlug == slug || PosterExtractor.SlugFromPath(filmSlug) == slug));

    private static (string? Uid, string? Lid) Identifier(IElement? element) =>
        Identifier(element?.GetAttribute("data-postered-identifier"));

    private static (string? Uid, string? Lid) Identifier(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return (null, null);
        }

        try
        {
            using var parsed = JsonDocument.Parse(json);
            var root = parsed.RootElement;
            return (Property(root, "uid"), Property(root, "lid"));
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            // ArgumentException: text that is no valid UTF-16 (a lone surrogate) cannot even be read as JSON.
            return (null, null);
        }
    }

    private static string? Property(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    [GeneratedRegex(@"themoviedb\.org/(?<kind>movie|tv)/(?<id>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex TmdbPath();

    [GeneratedRegex(@"imdb\.com/title/(?<id>tt\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex ImdbPath();

    [GeneratedRegex(@"/(?<uid>film:\d+)/")]
    private static partial Regex ReportUid();
}
