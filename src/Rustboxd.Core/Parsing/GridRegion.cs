namespace Rustboxd.Parsing;

/// <summary>
/// The part of a films grid page that <see cref="FilmGridParser"/> reads, found in the raw text: from the content
/// navigation (which states the total) through the poster list to the end of its pagination. AngleSharp then builds
/// a document of that part alone, about half the work of the whole page (the head's scripts, the header and the
/// footer are never tokenized).
/// </summary>
/// <remarks>
/// The region reads exactly like the whole page only when everything the grid parser's selectors can match lies
/// inside it and nothing before it changes how it is parsed. So there is no region, and the whole page is parsed,
/// whenever the text does not show that plainly: no content navigation; a grid item, pagination, sub-nav or
/// content-nav token outside the region; before it an element still open that changes parsing or excludes posters
/// (table, select, template, svg, math, aside), a favourites or sidebar token, or a comment, script or tag left
/// open. A page of another shape, or one whose markup drifted, therefore reads exactly as it did before.
/// </remarks>
internal static class GridRegion
{
    private const string Doctype = "<!DOCTYPE html>";
    private const string ContentNav = "id=\"content-nav\"";
    private static readonly string[] ItemTokens = ["griditem", "posteritem", "poster-container"];
    private static readonly string[] TokensInside = [.. ItemTokens, "paginat", "sub-nav", "content-nav"];
    private static readonly string[] ExcludingTokens = ["favourites", "sidebar"];
    private static readonly string[] ContextElements = ["table", "select", "template", "svg", "math", "aside"];

    /// <summary>The region as a document of its own (with the page's doctype), or null to parse the whole page.</summary>
    public static string? Find(string html)
    {
        var navAt = html.IndexOf(ContentNav, StringComparison.Ordinal);
        var lastItemAt = ItemTokens.Max(token => html.LastIndexOf(token, StringComparison.Ordinal));
        if (navAt < 0 || lastItemAt < navAt)
        {
            return null;
        }

        var start = html.LastIndexOf('<', navAt);
        if (start < 0 || RawTags.At(html, start) is not { IsEnd: false } nav || nav.End <= navAt
            || !OpensInPlainFlow(html, start))
        {
            return null;
        }

        var listEnd = EndOf(html, html.LastIndexOf('<', lastItemAt), "li", "ul", depth: 1);
        var end = listEnd < 0 ? -1 : EndOfPagination(html, listEnd);
        if (end < 0 || TokensInside.Any(token => Outside(html, token, start, end)))
        {
            return null;
        }

        return string.Concat(Doctype, html.AsSpan(start, end - start));
    }

    // Nothing before the region is still open that would change how it is parsed or hide its posters.
    private static bool OpensInPlainFlow(string html, int start)
    {
        if (ExcludingTokens.Any(token => html.AsSpan(0, start).Contains(token, StringComparison.Ordinal)))
        {
            return false;
        }

        var open = new int[ContextElements.Length];
        var walkedPast = false;
        var complete = RawTags.Walk(html, 0, start, tag =>
        {
            walkedPast |= tag.End > start;
            var index = Array.IndexOf(ContextElements, tag.Name);
            if (index >= 0)
            {
                open[index] += tag.IsEnd ? -1 : 1;
            }

            return true;
        });

        // A raw-text element (a script) that began before the region and ends inside it is also "still open".
        return complete && !walkedPast && open.All(count => count == 0);
    }

    // After the list: the div.pagination block when one follows, else the list's own end; -1 when a pagination
    // token follows that is not such a block.
    private static int EndOfPagination(string html, int listEnd)
    {
        var tokenAt = html.IndexOf("paginat", listEnd, StringComparison.Ordinal);
        if (tokenAt < 0)
        {
            return listEnd;
        }

        var start = html.LastIndexOf('<', tokenAt);
        if (start < listEnd || RawTags.At(html, start) is not { Name: "div", IsEnd: false } block || block.End <= tokenAt
            || !html.AsSpan(start, block.End - start).Contains("pagination", StringComparison.Ordinal))
        {
            return -1;
        }

        return EndOf(html, start, "div", "div", depth: 0);
    }

    // Walks from the tag at `from` (which must be a `first` start tag) and returns where the enclosing `element`
    // closes: `depth` is how many of them are open when the walk starts. -1 when it never closes.
    private static int EndOf(string html, int from, string first, string element, int depth)
    {
        if (from < 0 || RawTags.At(html, from) is not { IsEnd: false } tag || tag.Name != first)
        {
            return -1;
        }

        var end = -1;
        RawTags.Walk(html, from, html.Length, tag =>
        {
            if (tag.Name == element)
            {
                depth += tag.IsEnd ? -1 : 1;
            }

            if (depth > 0)
            {
                return true;
            }

            end = tag.End;
            return false;
        });
        return end;
    }

    private static bool Outside(string html, string token, int start, int end) =>
        html.AsSpan(0, start).Contains(token, StringComparison.Ordinal)
        || html.AsSpan(end).Contains(token, StringComparison.Ordinal);
}
