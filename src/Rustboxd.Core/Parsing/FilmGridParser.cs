using AngleSharp.Dom;
using Rustboxd.Models;
using Rustboxd.Paging;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>One poster of a member's films grid with what the grid shows about the member's viewing.</summary>
public sealed record FilmGridEntry(FilmSummary Film, decimal? Rating, bool Liked, bool Reviewed);

/// <summary>One page of a films grid.</summary>
public sealed record FilmGridPage(IReadOnlyList<FilmGridEntry> Entries, Pagination Pagination, int? StatedTotal)
    : ICollectionPage<FilmGridEntry>
{
    IReadOnlyList<FilmGridEntry> ICollectionPage<FilmGridEntry>.Items => Entries;
}

/// <summary>
/// A member's films grid (/USER/films/..., /USER/likes/films/...) in every era: li.griditem (2025-26),
/// li.posteritem, li.poster-container (2016-2025). The rating, like and review marks sit in
/// p.poster-viewingdata beside the poster.
/// </summary>
public static class FilmGridParser
{
    private const string ItemSelector = "li.griditem, li.posteritem, li.poster-container";

    /// <summary>
    /// Reads a page's text: only its poster region when the page shows it plainly (<see cref="GridRegion"/>), which
    /// halves the parse of a whole page; the whole page otherwise, with the same result.
    /// </summary>
    public static FilmGridPage Parse(string html, ParseContext context)
    {
        if (GridRegion.Find(html) is { } region)
        {
            context.Trace($"films grid: parsed the poster region only ({region.Length / 1024} of {html.Length / 1024} KB)");
            return Parse(HtmlPage.Parse(region), context);
        }

        return Parse(HtmlPage.Parse(html), context);
    }

    public static FilmGridPage Parse(IDocument document, ParseContext context)
    {
        var entries = new List<FilmGridEntry>();
        var position = 0;
        foreach (var item in document.QuerySelectorAll(ItemSelector))
        {
            position++;
            if (item.Closest("#favourites, aside, .sidebar") is not null)
            {
                continue;
            }

            var film = PosterExtractor.Extract(item);
            if (film is null)
            {
                context.Warn($"grid item {position} has no film slug and was skipped");
                continue;
            }

            var viewing = item.QuerySelector(".poster-viewingdata") ?? item;
            entries.Add(new FilmGridEntry(
                film,
                RatingClass.Find(viewing),
                viewing.QuerySelector(".like, .icon-liked, .liked-micro") is not null,
                viewing.QuerySelector("a.review-micro, .icon-review") is not null));
        }

        context.Trace($"films grid: {entries.Count} entries from {position} items ({ItemSelector})");
        return new FilmGridPage(entries, Pagination.From(document), StatedTotal(document));
    }

    /// <summary>
    /// The total the page states in its heading tooltip: "367 films" on the section heading (2025-26),
    /// or on the selected sub-nav tab (2023).
    /// </summary>
    public static int? StatedTotal(IDocument document)
    {
        var candidates = document.QuerySelectorAll(
            "#content-nav .section-heading .tooltip, #content-nav .sub-nav li.selected a, .sub-nav li.selected a");
        foreach (var candidate in candidates)
        {
            var tooltip = HtmlPage.Tooltip(candidate);
            if (tooltip is not null && tooltip.Contains("film", StringComparison.OrdinalIgnoreCase))
            {
                return SiteNumber.ParseInt(tooltip);
            }
        }

        return null;
    }
}
