using AngleSharp.Dom;
using Rustboxd.Models;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>
/// A film's counts: watched, lists and likes from div.production-statistic-list (the /csi/film/SLUG/stats/ fragment,
/// or inline in pages a browser saved after it loaded), fans from the ratings chart's fans link. Exact numbers come
/// from each statistic's aria-label or tooltip ("Watched by 1,376,569 members"); the visible label is rounded (1.4M)
/// and only a last resort.
/// </summary>
public static class FilmStatisticsParser
{
    private const string ListSelector = ".production-statistic-list";

    /// <summary>True when the document holds the statistics themselves, not the empty placeholder.</summary>
    public static bool HasCounts(IDocument document) =>
        document.QuerySelector($"{ListSelector} .production-statistic") is not null;

    /// <summary>The counts the document shows; those it does not show stay null.</summary>
    public static FilmStatistics Parse(IDocument document, string slug, ParseContext context)
    {
        var list = document.QuerySelector(ListSelector);
        if (list is null || !HasCounts(document))
        {
            context.Trace("no film statistics on this page");
        }

        return new FilmStatistics
        {
            Slug = slug,
            WatchedCount = Count(list, "-watches"),
            ListCount = Count(list, "-lists"),
            LikeCount = Count(list, "-likes"),
            FanCount = FanCount(document),
        };
    }

    public static FilmStatistics Parse(string html, string slug, ParseContext context) =>
        Parse(HtmlPage.Parse(html), slug, context);

    /// <summary>"67K fans" on the ratings chart's fans link (film page or ratings-summary fragment).</summary>
    public static long? FanCount(IDocument document) =>
        SiteNumber.Parse(HtmlPage.Text(document.QuerySelector(
            ".ratings-histogram-chart a[href*='/fans/'], a.all-link[href*='/fans/']")));

    private static long? Count(IElement? list, string kind)
    {
        var statistic = list?.QuerySelector($".production-statistic.{kind}");
        if (statistic is null)
        {
            return null;
        }

        return SiteNumber.Parse(HtmlPage.Attribute(statistic, "aria-label"))
            ?? SiteNumber.Parse(HtmlPage.Tooltip(statistic.QuerySelector("a")))
            ?? SiteNumber.Parse(HtmlPage.Text(statistic.QuerySelector(".label")));
    }
}
