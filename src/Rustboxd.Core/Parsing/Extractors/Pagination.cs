using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Rustboxd.Parsing.Extractors;

/// <summary>A page's own pagination: where it is, how many pages it names, and its "next" link.</summary>
public sealed partial record Pagination(int CurrentPage, int? LastPage, string? NextPath)
{
    /// <summary>A page without any pagination block: a single page, unless it is full (see PageCrawler).</summary>
    public static readonly Pagination Single = new(1, 1, null) { Shown = false };

    /// <summary>False when the page had no pagination block at all.</summary>
    public bool Shown { get; init; } = true;

    /// <summary>
    /// Reads div.pagination (every era since 2016): the current page, the highest numbered page link, and
    /// .paginate-nextprev a.next. A page without pagination is a single page.
    /// </summary>
    public static Pagination From(IDocument document)
    {
        var block = document.QuerySelector("div.pagination, .paginate-pages")?.Closest("div.pagination")
            ?? document.QuerySelector(".paginate-pages");
        if (block is null)
        {
            return Single;
        }

        var current = 1;
        var last = 0;
        foreach (var item in block.QuerySelectorAll(".paginate-page"))
        {
            if (!int.TryParse(HtmlPage.Text(item), out var number))
            {
                continue;
            }

            last = Math.Max(last, number);
            if (item.ClassList.Contains("paginate-current"))
            {
                current = number;
            }
        }

        var next = HtmlPage.SitePath(block.QuerySelector("a.next")?.GetAttribute("href"));
        var knownLast = last > 0 ? last : (int?)null;

        // Only an "Older" link (no page numbers): the last page is unknown until it is reached.
        if (knownLast is null && next is null)
        {
            knownLast = current;
        }

        return new Pagination(current, knownLast, next);
    }

    /// <summary>The page number in a path ending in /page/N/, or 1 (also for a number too large to be a page).</summary>
    public static int PageOf(string path)
    {
        var match = PagePattern().Match(path);
        return match.Success && int.TryParse(match.Groups[1].Value, System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var page) ? page : 1;
    }

    [GeneratedRegex(@"/page/(\d+)/?(?:\?|$)")]
    private static partial Regex PagePattern();
}
