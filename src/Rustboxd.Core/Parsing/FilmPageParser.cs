using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>
/// A film page as read: the film, the counts the page already shows, and the fragments it names for the rest.
/// </summary>
/// <param name="Film">The film's details.</param>
/// <param name="Statistics">The counts the page itself holds (browser-saved pages have the stats inlined).</param>
/// <param name="StatisticsFragment">The stats fragment the page names (/csi/film/SLUG/stats/), checked; or null.</param>
/// <param name="RatingsFragment">The ratings-summary fragment the page names, checked; or null.</param>
public sealed record FilmPage(Film Film, FilmStatistics Statistics, string? StatisticsFragment, string? RatingsFragment);

/// <summary>
/// A film's page (/film/SLUG/). Each field has a chain of sources, newest markup first, so one moved
/// element costs a fallback, not the film: JSON-LD, the meta tags, then the visible HTML. The tabs are read
/// by <see cref="FilmTabs"/>, the ids and images by <see cref="FilmIdentity"/>.
/// </summary>
public static partial class FilmPageParser
{
    public static Film Parse(string html, ParseContext context) => Parse(HtmlPage.Parse(html), context);

    public static Film Parse(IDocument document, ParseContext context) => ParsePage(document, context).Film;

    public static FilmPage ParsePage(string html, ParseContext context) => ParsePage(HtmlPage.Parse(html), context);

    public static FilmPage ParsePage(IDocument document, ParseContext context)
    {
        var jsonLd = FilmJsonLd.Find(document, context);
        var url = PageUrl(document, context);
        var slug = PosterExtractor.SlugFromPath(url.AbsolutePath) ?? context.Target;

        var (title, year) = TitleAndYear(document, jsonLd);
        if (title is null)
        {
            throw new ParseException(
                $"The page for film '{context.Target}' has no title: it may not be a film page, or the markup changed.",
                context.Target, context.Url, "Title");
        }

        var (tmdbId, tmdbKind) = FilmIdentity.Tmdb(document);
        var ratingCount = jsonLd?.RatingCount ?? RatingCountFromTooltip(document);
        var film = new Film
        {
            Slug = slug,
            Title = title,
            Year = year,
            OriginalTitle = OriginalTitle(document, title),
            AlternativeTitles = FilmTabs.AlternativeTitles(document),
            Directors = Directors(document, jsonLd),
            Cast = FilmTabs.Cast(FilmTabs.Tab(document, "cast")),
            Crew = FilmTabs.Crew(FilmTabs.Tab(document, "crew")),
            Genres = FilmTabs.Links(document, "genres", "/films/genre/") is { Count: > 0 } genres
                ? genres
                : jsonLd?.Genres ?? [],
            Themes = FilmTabs.Links(document, "genres", "/films/theme/"),
            MiniThemes = FilmTabs.Links(document, "genres", "/films/mini-theme/"),
            Nanogenres = FilmTabs.Links(document, "genres", "/films/nanogenre/"),
            Studios = FilmTabs.Links(document, "details", "/studio/"),
            Countries = FilmTabs.Links(document, "details", "/films/country/"),
            PrimaryLanguage = FilmTabs.DetailsSection(document, "Primary Language", "Language").FirstOrDefault(),
            SpokenLanguages = FilmTabs.DetailsSection(document, "Spoken Languages", "Spoken Language"),
            Runtime = Runtime(document, context),
            Tagline = HtmlPage.Text(document.QuerySelector(".production-synopsis .tagline, h4.tagline")),
            Description = Description(document),
            AverageRating = AverageRating(document, jsonLd),
            RatingCount = ratingCount,
            TmdbId = tmdbId,
            TmdbKind = tmdbKind,
            ImdbId = FilmIdentity.ImdbId(document),
            PosterUrl = FilmIdentity.PosterUrl(document, jsonLd),
            BackdropUrl = FilmIdentity.BackdropUrl(document),
            LetterboxdId = FilmIdentity.LetterboxdId(document, slug),
            ShortId = FilmIdentity.ShortId(document, slug),
            Url = url,
        };

        var statistics = FilmStatisticsParser.Parse(document, slug, context) with
        {
            ReviewCount = jsonLd?.ReviewCount,
            RatingCount = ratingCount,
        };
        context.Trace($"film page: tabs {FilmTabs.TabSelector(document, "cast")}, {film.Cast.Count} cast, " +
            $"{film.Crew.Count} crew, {film.Genres.Count} genres; JSON-LD {(jsonLd is null ? "absent" : "read")}");
        return new FilmPage(film, statistics, NamedFragment(document, "stats"), NamedFragment(document, "ratings-summary"));
    }

    private static Uri PageUrl(IDocument document, ParseContext context)
    {
        var stated = HtmlPage.MetaContent(document, "og:url")
            ?? HtmlPage.Attribute(document.QuerySelector("link[rel='canonical']"), "href");
        var path = HtmlPage.SitePath(stated);
        return path is not null && path.StartsWith("/film/", StringComparison.Ordinal)
            ? new Uri(context.Url, new Uri(path, UriKind.Relative).OriginalString.Split('?')[0])
            : context.Url;
    }

    private static (string? Title, int? Year) TitleAndYear(IDocument document, FilmJsonLd? jsonLd)
    {
        var (ogTitle, ogYear) = PosterExtractor.SplitTitleAndYear(HtmlPage.MetaContent(document, "og:title"));
        var title = HtmlPage.Text(document.QuerySelector("h1.primaryname .name, h1.headline-1.primaryname, h1.filmtitle"))
            ?? jsonLd?.Name
            ?? ogTitle;

        // The year link has moved over the years; a film with no release date has none anywhere (BL-23).
        var yearText = HtmlPage.Text(document.QuerySelector(
            ".productioninfo .releasedate a, .releasedate a, .releaseyear a, small.number a, a[href^='/films/year/']"));
        var year = int.TryParse(yearText, CultureInfo.InvariantCulture, out var linked)
            ? linked
            : jsonLd?.ReleaseYear ?? ogYear;
        return (title, year);
    }

    // Letterboxd shows the original title under the heading only when it differs from the title.
    private static string? OriginalTitle(IDocument document, string title)
    {
        var original = HtmlPage.Text(document.QuerySelector(
            ".productioninfo .originalname, h2.originalname, .originalname, .original-title"));
        return original is null || string.Equals(original, title, StringComparison.Ordinal)
            ? null
            : original.Trim('‘', '’');
    }

    private static IReadOnlyList<string> Directors(IDocument document, FilmJsonLd? jsonLd)
    {
        var linked = document.QuerySelectorAll(
                ".productioninfo .creatorlist a[href*='/director/'], #featured-film-header a[href*='/director/']")
            .Select(HtmlPage.Text).OfType<string>().Distinct().ToArray();
        if (linked.Length > 0)
        {
            return linked;
        }

        if (jsonLd?.Directors is { Count: > 0 } fromJson)
        {
            return fromJson;
        }

        var meta = HtmlPage.MetaContent(document, "twitter:data1");
        return meta is null ? [] : [meta];
    }

    /// <summary>"147 mins", also with extra words around it such as "Adult 99 mins".</summary>
    private static int? Runtime(IDocument document, ParseContext context)
    {
        var footer = HtmlPage.Text(document.QuerySelector("p.text-footer"));
        if (footer is null)
        {
            return null;
        }

        var match = RuntimePattern().Match(footer.Replace('\u00a0', ' '));
        if (!match.Success)
        {
            context.Trace($"no running time in the footer text '{footer}'");
            return null;
        }

        return int.TryParse(match.Groups["minutes"].Value.Replace(",", string.Empty, StringComparison.Ordinal),
            NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? minutes : null;
    }

    private static string? Description(IDocument document)
    {
        var paragraphs = document.QuerySelectorAll(".production-synopsis .truncate p, .review.body-text .truncate p")
            .Select(HtmlPage.Text).OfType<string>().ToArray();
        return paragraphs.Length > 0
            ? string.Join(Environment.NewLine + Environment.NewLine, paragraphs)
            : HtmlPage.MetaContent(document, "og:description") ?? HtmlPage.MetaContent(document, "description");
    }

    /// <summary>Null when the film has too few ratings for Letterboxd to show an average (BL-01).</summary>
    private static decimal? AverageRating(IDocument document, FilmJsonLd? jsonLd)
    {
        if (jsonLd?.RatingValue is { } fromJson)
        {
            return fromJson;
        }

        var twitter = HtmlPage.MetaContent(document, "twitter:data2");
        if (twitter is not null && AverageOutOfFive().Match(twitter) is { Success: true } match)
        {
            return Decimal(match.Groups["average"].Value);
        }

        var tooltip = WeightedAverageTooltip().Match(RatingTooltip(document) ?? string.Empty);
        return tooltip.Success ? Decimal(tooltip.Groups["average"].Value) : null;
    }

    private static long? RatingCountFromTooltip(IDocument document)
    {
        var tooltip = WeightedAverageTooltip().Match(RatingTooltip(document) ?? string.Empty);
        return tooltip.Success ? SiteNumber.Parse(tooltip.Groups["count"].Value) : null;
    }

    private static string? RatingTooltip(IDocument document) =>
        HtmlPage.Tooltip(document.QuerySelector(".average-rating .display-rating, .average-rating a"));

    /// <summary>
    /// The fragment the page loads into a div.csi placeholder: stats (the placeholder holds the statistics list) or
    /// ratings-summary (loaded for the rating histogram). Only a plain site path under /csi/ is taken.
    /// </summary>
    private static string? NamedFragment(IDocument document, string name)
    {
        foreach (var placeholder in document.QuerySelectorAll(".csi[data-src]"))
        {
            var path = HtmlPage.SitePath(placeholder.GetAttribute("data-src"))?.Split('?')[0];
            if (path is null || !FragmentPath().IsMatch(path))
            {
                continue;
            }

            var isStats = placeholder.QuerySelector(".production-statistic-list") is not null
                || path.EndsWith("/stats/", StringComparison.Ordinal);
            var isRatings = placeholder.GetAttribute("data-on-load") == "rating-histogram"
                || path.EndsWith("/ratings-summary/", StringComparison.Ordinal);
            if ((name == "stats" && isStats) || (name == "ratings-summary" && isRatings))
            {
                return path;
            }
        }

        return null;
    }

    // A number the page shows, or null when it is too large for any real value (fuzzing found the overflow).
    private static decimal? Decimal(string number) =>
        decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"(?<minutes>\d[\d,]*)\s*min", RegexOptions.IgnoreCase)]
    private static partial Regex RuntimePattern();

    [GeneratedRegex(@"(?<average>\d+(\.\d+)?)\s+out of 5")]
    private static partial Regex AverageOutOfFive();

    [GeneratedRegex(@"average of (?<average>\d+(\.\d+)?) based on (?<count>[\d,.]+[KM]?) rating", RegexOptions.IgnoreCase)]
    private static partial Regex WeightedAverageTooltip();

    [GeneratedRegex(@"\A/csi/[a-z0-9][a-z0-9/_-]*/\z")]
    private static partial Regex FragmentPath();
}
