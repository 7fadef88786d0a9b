using AngleSharp.Dom;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>
/// A member's watchlist page (/USER/watchlist/): the same poster grid as the films grid (read by
/// <see cref="FilmGridParser"/>), with its own statement of the total: div.watchlist-content[data-num-entries],
/// or the span.js-watchlist-count text ("415 films"; the older class watchlist-count, bug-log BL-02).
/// An empty watchlist shows an empty-state section and no count: no items, no total, no warning.
/// </summary>
public static class WatchlistParser
{
    public static FilmGridPage Parse(string html, ParseContext context) => Parse(HtmlPage.Parse(html), context);

    public static FilmGridPage Parse(IDocument document, ParseContext context)
    {
        var grid = FilmGridParser.Parse(document, context);
        var stated = StatedTotal(document);
        context.Trace(stated is null ? "watchlist: no stated total" : $"watchlist: states {stated} films");
        return grid with { StatedTotal = stated ?? grid.StatedTotal };
    }

    public static int? StatedTotal(IDocument document)
    {
        var entries = HtmlPage.Attribute(document.QuerySelector("[data-num-entries]"), "data-num-entries");
        return SiteNumber.ParseInt(entries)
            ?? SiteNumber.ParseInt(HtmlPage.Text(document.QuerySelector(".js-watchlist-count, .watchlist-count")));
    }
}
