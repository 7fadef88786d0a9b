using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Rustboxd.Models;

namespace Rustboxd.Parsing.Extractors;

/// <summary>
/// Reads a film poster in every markup era the corpus holds, newest first:
/// 2026 JSON identifiers (data-postered-identifier {"uid":"film:N","lid":...}), 2025 React LazyPoster
/// (data-item-slug, data-item-name "Title (Year)"), early-2025 and 2023 classic posters (data-film-slug,
/// bare or "/film/x/", title only in the img alt), and 2018 FilmPosterComponent (data-film-name,
/// data-film-release-year). Each field has its own fallback chain, so losing one attribute costs one
/// field, never the item.
/// </summary>
public static partial class PosterExtractor
{
    private const string PosterSelector =
        "[data-item-slug], [data-film-slug], [data-postered-identifier], [data-film-id], [data-film-link], " +
        "[data-item-link], [data-target-link*='film/'], [data-poster-url]";

    /// <summary>
    /// The film shown by <paramref name="item"/> (a grid item, or the poster element itself); null when no
    /// slug can be found anywhere in it.
    /// </summary>
    public static FilmSummary? Extract(IElement item)
    {
        var poster = item.Matches(PosterSelector) ? item : item.QuerySelector(PosterSelector) ?? item;
        var slug = SlugOf(poster, item);
        if (slug is null)
        {
            return null;
        }

        var (uid, shortId) = PosteredIdentifier(poster);
        var displayName = HtmlPage.Attribute(poster, "data-item-name", "data-item-full-display-name", "data-film-name")
            ?? ImageTitle(item)
            ?? HtmlPage.Text(item.QuerySelector(".frame-title"));
        var (title, yearInName) = SplitTitleAndYear(displayName);

        return new FilmSummary
        {
            Slug = slug,
            Title = title,
            Year = yearInName ?? ParseYear(HtmlPage.Attribute(poster, "data-film-release-year")),
            LetterboxdId = uid ?? IdOf(HtmlPage.Attribute(poster, "data-film-id", "data-item-id")),
            ShortId = shortId,
        };
    }

    /// <summary>Splits "Title (2001)" into the title and the year; a title without a year keeps null.</summary>
    public static (string? Title, int? Year) SplitTitleAndYear(string? displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            return (null, null);
        }

        var name = displayName.Trim();
        if (name.StartsWith("Poster for ", StringComparison.Ordinal))
        {
            name = name["Poster for ".Length..];
        }

        var match = TrailingYear().Match(name);
        return match.Success
            ? (name[..match.Index].TrimEnd(), int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
            : (name, null);
    }

    /// <summary>The slug in a film address: /film/SLUG/ anywhere in the path (also /member/film/SLUG/N/).</summary>
    public static string? SlugFromPath(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var match = FilmPathSlug().Match(path);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? SlugOf(IElement poster, IElement item)
    {
        if (HtmlPage.Attribute(poster, "data-item-slug") is { } itemSlug)
        {
            return itemSlug;
        }

        // Classic posters: "/film/x/" until 2023, a bare "x" in early 2025.
        if (HtmlPage.Attribute(poster, "data-film-slug") is { } filmSlug)
        {
            return SlugFromPath(filmSlug) ?? filmSlug.Trim('/');
        }

        return SlugFromPath(HtmlPage.Attribute(poster, "data-item-link", "data-film-link", "data-target-link"))
            ?? SlugFromPath(HtmlPage.SitePath(item.QuerySelector("a[href*='/film/']")?.GetAttribute("href")))
            ?? SlugFromPath(HtmlPage.Attribute(poster, "data-poster-url"));
    }

    private static (long? Uid, string? ShortId) PosteredIdentifier(IElement poster)
    {
        var json = HtmlPage.Attribute(poster, "data-postered-identifier");
        if (json is null)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var uid = root.TryGetProperty("uid", out var u) && u.ValueKind == JsonValueKind.String ? IdOf(u.GetString()) : null;
            var lid = root.TryGetProperty("lid", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
            return (uid, lid);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            // ArgumentException: text that is no valid UTF-16 (a lone surrogate) cannot even be read as JSON.
            return (null, null);
        }
    }

    // "film:51171" or "51171".
    private static long? IdOf(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var digits = value.StartsWith("film:", StringComparison.Ordinal) ? value[5..] : value;
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    private static int? ParseYear(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1870 and < 2200
            ? year
            : null;

    private static string? ImageTitle(IElement item) => HtmlPage.Attribute(item.QuerySelector("img[alt]"), "alt");

    [GeneratedRegex(@"\s*\((\d{4})\)\s*$")]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@"(?:^|/)film/([a-z0-9][a-z0-9-]*)(?:/|$)")]
    private static partial Regex FilmPathSlug();
}
