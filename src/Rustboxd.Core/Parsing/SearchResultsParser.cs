using AngleSharp.Dom;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Paging;
using Rustboxd.Parsing.Extractors;
using Rustboxd.Routing;

namespace Rustboxd.Parsing;

/// <summary>
/// One page of search results: the results of the searched type (<see cref="FilmListing"/>, <see cref="MemberRow"/>,
/// <see cref="ListCard"/> or <see cref="PersonSummary"/>) and the cursor that names the next page, null at the end.
/// </summary>
public sealed record SearchResultsPage(IReadOnlyList<object> Items, string? Cursor) : ICollectionPage<object>
{
    public Pagination Pagination => Pagination.Single;

    public int? StatedTotal => null;
}

/// <summary>
/// Letterboxd's search results (/s/search/FILTER/QUERY/): a ul.results whose li children are the results, each
/// typed by its class (-production a film, -person a member, -list a list, -contributor a person). Since March 2026
/// the ul carries data-cursor, the address of the next 20 results; an empty or missing cursor ends the search
/// (bug-log BL-16). Films come with their year and directors.
/// </summary>
public static class SearchResultsParser
{
    public static SearchResultsPage Parse(string html, ParseContext context, SearchType type) =>
        Parse(HtmlPage.Parse(html), context, type);

    public static SearchResultsPage Parse(IDocument document, ParseContext context, SearchType type)
    {
        var list = document.QuerySelector("ul.results[data-cursor], ul.results")
            ?? document.Body?.Children.FirstOrDefault(child => child.LocalName == "ul");
        if (list is null)
        {
            context.Trace("no results list: nothing found");
            return new SearchResultsPage([], null);
        }

        var items = new List<object>();
        var skipped = new List<int>();
        var results = list.Children.Where(child => child.LocalName == "li").ToArray();
        for (var position = 1; position <= results.Length; position++)
        {
            var item = results[position - 1];
            var parsed = type switch
            {
                SearchType.Member => Member(item),
                SearchType.List => List(item),
                SearchType.Person => Person(item, context),
                _ => (object?)Film(item),
            };

            if (parsed is null)
            {
                skipped.Add(position);
                continue;
            }

            items.Add(parsed);
        }

        var kind = type.ToString().ToLowerInvariant();
        if (items.Count > 0)
        {
            foreach (var position in skipped)
            {
                context.Warn($"search result {position} could not be read as a {kind} and was skipped");
            }
        }
        else if (results.Length > 0)
        {
            throw new MarkupDriftException(
                $"{context.Url.AbsolutePath} holds {results.Length} results but none could be read as a {kind}: " +
                "Letterboxd's markup has probably changed. Please report it.",
                context.Target, context.Url, results.Length, 0);
        }

        var cursor = HtmlPage.Attribute(list, "data-cursor");
        context.Trace($"search: {items.Count} of {results.Length} results read; next cursor {cursor ?? "none"}");
        return new SearchResultsPage(items, cursor);
    }

    private static FilmListing? Film(IElement item)
    {
        var poster = PosterExtractor.Extract(item);
        if (poster is null)
        {
            return null;
        }

        var yearText = HtmlPage.Text(item.QuerySelector("small.metadata a, .film-title-wrapper small a"));
        var directors = item.QuerySelectorAll("p.film-metadata a[href]")
            .Where(link => HtmlPage.SitePath(link.GetAttribute("href"))
                ?.StartsWith("/director/", StringComparison.Ordinal) == true)
            .Select(HtmlPage.Text)
            .OfType<string>()
            .ToArray();
        return new FilmListing
        {
            Slug = poster.Slug,
            Title = HtmlPage.Text(item.QuerySelector(".film-title-wrapper > a, h2 a[href*='/film/']")) ?? poster.Title,
            Year = poster.Year ?? (int.TryParse(yearText, out var year) ? year : null),
            Directors = directors,
            LetterboxdId = poster.LetterboxdId,
            ShortId = poster.ShortId,
        };
    }

    private static MemberRow? Member(IElement item)
    {
        var link = item.QuerySelector(".person-summary a.name[href], h3 a[href], a.avatar[href]");
        var segments = HtmlPage.SitePath(link?.GetAttribute("href"))?.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is not [var userName])
        {
            return null;
        }

        var avatar = HtmlPage.Attribute(item.QuerySelector("a.avatar img, img"), "src");
        return new MemberRow(
            userName.ToLowerInvariant(),
            HtmlPage.Text(item.QuerySelector("a.name")) ?? HtmlPage.Text(link),
            null, null, null, null, null,
            avatar is not null && avatar.StartsWith("http", StringComparison.Ordinal) ? avatar : null);
    }

    private static ListCard? List(IElement item)
    {
        var link = item.QuerySelector("h2.name a, h2 a, h3 a");
        var list = ListSummaryParser.ListPath(HtmlPage.SitePath(link?.GetAttribute("href")));
        if (list is null)
        {
            return null;
        }

        var article = item.QuerySelector("article.list-summary, section.list") ?? item;
        var strip = article.QuerySelector(".content-reactions-strip");
        return new ListCard(
            list.Value.Owner,
            list.Value.Slug,
            HtmlPage.Text(link),
            ProseText.From(article.QuerySelector(".notes, .body-text")),
            SiteNumber.ParseInt(HtmlPage.Text(article.QuerySelector(".value, small.value"))),
            strip is null ? null : SiteNumber.ParseInt(HtmlPage.Text(strip.QuerySelector(".icon-like"))) ?? 0,
            strip is null ? null : SiteNumber.ParseInt(HtmlPage.Text(strip.QuerySelector(".icon-comment"))) ?? 0,
            long.TryParse(article.GetAttribute("data-film-list-id"), out var id) ? id : null);
    }

    private static PersonSummary? Person(IElement item, ParseContext context)
    {
        var link = item.QuerySelector(".content h2 a[href], h2 a[href], a[href]");
        var path = HtmlPage.SitePath(link?.GetAttribute("href"));
        var segments = path?.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var name = HtmlPage.Text(link);
        if (segments is not [var role, var slug] || name is null)
        {
            return null;
        }

        return new PersonSummary
        {
            Name = name,
            PersonSlug = slug,
            Role = SitePaths.RoleFromSegment(role),
            Summary = HtmlPage.Text(item.QuerySelector("p.film-metadata, .film-metadata")),
            Url = new Uri(context.Url, path),
        };
    }
}
