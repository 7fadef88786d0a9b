using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>
/// A film's page (/film/SLUG/). Each field has a chain of sources, newest markup first, so one moved
/// element costs a fallback, not the film: JSON-LD, the meta tags, then the visible HTML.
/// Tabs are read under both their 2026 ids (#tab-panel-cast) and the older ones (#tab-cast).
/// </summary>
public static partial class FilmPageParser
{
    public static Film Parse(string html, ParseContext context) => Parse(HtmlPage.Parse(html), context);

    public static Film Parse(IDocument document, ParseContext context)
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

        var (tmdbId, tmdbKind) = Tmdb(document);
        var film = new Film
        {
            Slug = slug,
            Title = title,
            Year = year,
            OriginalTitle = HtmlPage.Text(document.QuerySelector("h2.originalname, .originalname, .original-title")),
            Directors = Directors(document, jsonLd),
            Cast = Cast(Tab(document, "cast")),
            Crew = Crew(Tab(document, "crew")),
            Genres = TabLinks(document, "genres", "/films/genre/") is { Count: > 0 } genres
                ? genres
                : jsonLd?.Genres ?? [],
            Themes = TabLinks(document, "genres", "/films/theme/", "/films/mini-theme/"),
            Studios = TabLinks(document, "details", "/studio/"),
            Countries = TabLinks(document, "details", "/films/country/"),
            PrimaryLanguage = DetailsSection(document, "Primary Language", "Language").FirstOrDefault(),
            SpokenLanguages = DetailsSection(document, "Spoken Languages", "Spoken Language"),
            Runtime = Runtime(document, context),
            Tagline = HtmlPage.Text(document.QuerySelector(".production-synopsis .tagline, h4.tagline")),
            Description = Description(document),
            AverageRating = AverageRating(document, jsonLd),
            RatingCount = jsonLd?.RatingCount ?? RatingCountFromTooltip(document),
            TmdbId = tmdbId,
            TmdbKind = tmdbKind,
            ImdbId = ImdbId(document),
            PosterUrl = PosterUrl(document, jsonLd),
            LetterboxdId = LetterboxdId(document, slug),
            Url = url,
        };
        context.Trace($"film page: tabs {TabSelector(document, "cast")}, {film.Cast.Count} cast, {film.Crew.Count} " +
            $"crew, {film.Genres.Count} genres; JSON-LD {(jsonLd is null ? "absent" : "read")}");
        return film;
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
        var year = int.TryParse(yearText, CultureInfo.InvariantCulture, out var linked) ? linked : jsonLd?.ReleaseYear ?? ogYear;
        return (title, year);
    }

    private static IReadOnlyList<string> Directors(IDocument document, FilmJsonLd? jsonLd)
    {
        var linked = document.QuerySelectorAll(".productioninfo .creatorlist a[href*='/director/'], #featured-film-header a[href*='/director/']")
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

    /// <summary>A tab panel under its 2026 id or its older one.</summary>
    private static IElement? Tab(IDocument document, string name) =>
        document.QuerySelector($"#tab-panel-{name}") ?? document.QuerySelector($"#tab-{name}");

    // Which era of the tabs matched: #tab-panel-NAME (2024 on) or #tab-NAME (before).
    private static string TabSelector(IDocument document, string name) =>
        document.QuerySelector($"#tab-panel-{name}") is not null ? "#tab-panel-*"
        : document.QuerySelector($"#tab-{name}") is not null ? "#tab-*"
        : "not found";

    private static IReadOnlyList<CastCredit> Cast(IElement? tab)
    {
        if (tab is null)
        {
            return [];
        }

        return tab.QuerySelectorAll("a[href*='/actor/']")
            .Select(link => (Link: link, Name: HtmlPage.Text(link)))
            .Where(entry => entry.Name is not null)
            .Select(entry => new CastCredit
            {
                Name = entry.Name!,
                Slug = PersonSlug(entry.Link),
                Role = HtmlPage.Tooltip(entry.Link),
            })
            .ToArray();
    }

    /// <summary>Crew comes as headings naming the job, each followed by a list of people.</summary>
    private static IReadOnlyList<CrewCredit> Crew(IElement? tab)
    {
        if (tab is null)
        {
            return [];
        }

        var credits = new List<CrewCredit>();
        foreach (var heading in tab.QuerySelectorAll("h3"))
        {
            var job = HtmlPage.Text(heading.QuerySelector(".crewrole.-full")) ?? HtmlPage.Text(heading);
            var people = heading.NextElementSibling;
            if (job is null || people is null)
            {
                continue;
            }

            foreach (var link in people.QuerySelectorAll("a[href]"))
            {
                if (HtmlPage.Text(link) is { } name)
                {
                    credits.Add(new CrewCredit { Job = job, Name = name, Slug = PersonSlug(link) });
                }
            }
        }

        return credits;
    }

    private static IReadOnlyList<string> TabLinks(IDocument document, string tab, params string[] pathPrefixes)
    {
        var panel = Tab(document, tab);
        if (panel is null)
        {
            return [];
        }

        return panel.QuerySelectorAll("a[href]")
            .Where(link => HtmlPage.SitePath(link.GetAttribute("href")) is { } path
                && pathPrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(HtmlPage.Text)
            .OfType<string>()
            .Distinct()
            .ToArray();
    }

    /// <summary>The links under a details heading such as "Primary Language" (singular when there is one).</summary>
    private static IReadOnlyList<string> DetailsSection(IDocument document, params string[] headings)
    {
        var panel = Tab(document, "details");
        var heading = panel?.QuerySelectorAll("h3")
            .FirstOrDefault(h => headings.Contains(HtmlPage.Text(h), StringComparer.OrdinalIgnoreCase));
        return heading?.NextElementSibling?.QuerySelectorAll("a").Select(HtmlPage.Text).OfType<string>().ToArray()
            ?? [];
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

        return int.Parse(match.Groups["minutes"].Value.Replace(",", string.Empty, StringComparison.Ordinal),
            CultureInfo.InvariantCulture);
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
            return decimal.Parse(match.Groups["average"].Value, CultureInfo.InvariantCulture);
        }

        var tooltip = WeightedAverageTooltip().Match(RatingTooltip(document) ?? string.Empty);
        return tooltip.Success ? decimal.Parse(tooltip.Groups["average"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static long? RatingCountFromTooltip(IDocument document)
    {
        var tooltip = WeightedAverageTooltip().Match(RatingTooltip(document) ?? string.Empty);
        return tooltip.Success ? SiteNumber.Parse(tooltip.Groups["count"].Value) : null;
    }

    private static string? RatingTooltip(IDocument document) =>
        HtmlPage.Tooltip(document.QuerySelector(".average-rating .display-rating, .average-rating a"));

    /// <summary>The TMDB button; its label was "TMDb" before 2025 and "TMDB" after (BL-32).</summary>
    private static (long? Id, string? Kind) Tmdb(IDocument document)
    {
        var link = document.QuerySelector("a[data-track-action='TMDB' i], a[href*='themoviedb.org/']");
        var match = TmdbPath().Match(link?.GetAttribute("href") ?? string.Empty);
        if (match.Success)
        {
            return (long.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture), match.Groups["kind"].Value.ToLowerInvariant());
        }

        var body = document.Body;
        var id = SiteNumber.Parse(body?.GetAttribute("data-tmdb-id"));
        return (id, id is null ? null : body?.GetAttribute("data-tmdb-type"));
    }

    private static string? ImdbId(IDocument document)
    {
        var link = document.QuerySelector("a[data-track-action='IMDb' i], a[href*='imdb.com/title/']");
        var match = ImdbPath().Match(link?.GetAttribute("href") ?? string.Empty);
        return match.Success ? match.Groups["id"].Value : null;
    }

    private static string? PosterUrl(IDocument document, FilmJsonLd? jsonLd)
    {
        var image = jsonLd?.Image
            ?? HtmlPage.Attribute(document.QuerySelector($".film-poster img, .poster img"), "src");
        if (image is null || !Uri.TryCreate(image, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        // The query is a cache buster that changes between fetches; without it the value is stable.
        return uri.GetLeftPart(UriPartial.Path);
    }

    /// <summary>The film's own id: on its poster (data-film-id) or in the poster's JSON identifier (BL-12).</summary>
    private static long? LetterboxdId(IDocument document, string slug)
    {
        var own = document.QuerySelectorAll("[data-film-id]").FirstOrDefault(element =>
            element.GetAttribute("data-item-slug") == slug
            || PosterExtractor.SlugFromPath(element.GetAttribute("data-film-slug")) == slug
            || element.GetAttribute("data-film-slug") == slug);
        if (SiteNumber.Parse(own?.GetAttribute("data-film-id")) is { } id)
        {
            return id;
        }

        var identified = document.QuerySelectorAll("[data-postered-identifier]")
            .FirstOrDefault(element => element.GetAttribute("data-item-slug") == slug);
        var uid = FilmUid().Match(identified?.GetAttribute("data-postered-identifier") ?? string.Empty);
        return uid.Success ? long.Parse(uid.Groups["id"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string? PersonSlug(IElement link)
    {
        var path = HtmlPage.SitePath(link.GetAttribute("href"));
        var parts = path?.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts is { Length: >= 2 } ? parts[1] : null;
    }

    [GeneratedRegex(@"(?<minutes>\d[\d,]*)\s*min", RegexOptions.IgnoreCase)]
    private static partial Regex RuntimePattern();

    [GeneratedRegex(@"(?<average>\d+(\.\d+)?)\s+out of 5")]
    private static partial Regex AverageOutOfFive();

    [GeneratedRegex(@"average of (?<average>\d+(\.\d+)?) based on (?<count>[\d,.]+[KM]?) rating", RegexOptions.IgnoreCase)]
    private static partial Regex WeightedAverageTooltip();

    [GeneratedRegex(@"themoviedb\.org/(?<kind>movie|tv)/(?<id>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex TmdbPath();

    [GeneratedRegex(@"imdb\.com/title/(?<id>tt\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex ImdbPath();

    [GeneratedRegex(@"""uid""\s*:\s*""film:(?<id>\d+)""")]
    private static partial Regex FilmUid();
}
