using System.Text;

namespace Rustboxd.Replay;

/// <summary>
/// Replaces a page's div.pagination block with one for page K of N in the site's markup (Newer/Older links,
/// numbered page links with the current one as a span, gaps as "…"); page 1 is linked by the bare collection path,
/// as Letterboxd does.
/// </summary>
internal static class PaginationRewriter
{
    private const string BlockStart = "<div class=\"pagination\">";

    /// <summary>True when the page has a pagination block this rewriter can replace.</summary>
    public static bool CanRewrite(byte[] body) => FindBlock(Encoding.UTF8.GetString(body)) is not null;

    public static byte[] Rewrite(byte[] body, string collectionPath, int page, int lastPage)
    {
        var html = Encoding.UTF8.GetString(body);
        var (start, end) = FindBlock(html)
            ?? throw new InvalidOperationException($"The page for {collectionPath} has no pagination block to rewrite.");
        var block = Block(collectionPath, page, lastPage);
        return Encoding.UTF8.GetBytes(string.Concat(html.AsSpan(0, start), block, html.AsSpan(end)));
    }

    public static string Block(string collectionPath, int page, int lastPage)
    {
        string Link(int number) => number == 1 ? collectionPath : $"{collectionPath}page/{number}/";

        var html = new StringBuilder(BlockStart);
        html.Append(page > 1
            ? $"<div class=\"paginate-nextprev\"><a class=\"previous\" href=\"{Link(page - 1)}\">Newer</a></div>"
            : "<div class=\"paginate-nextprev paginate-disabled\"><span class=\"previous\">Newer</span></div>");
        html.Append(page < lastPage
            ? $"<div class=\"paginate-nextprev\"><a class=\"next\" href=\"{Link(page + 1)}\">Older</a></div>"
            : "<div class=\"paginate-nextprev paginate-disabled\"><span class=\"next\">Older</span></div>");
        html.Append("<div class=\"paginate-pages\"><ul>");
        var previous = 0;
        foreach (var number in new[] { 1, page - 1, page, page + 1, lastPage }.Where(n => n >= 1 && n <= lastPage).Distinct().Order())
        {
            if (number > previous + 1)
            {
                html.Append("<li class=\"paginate-page unseen-pages\">…</li>");
            }

            html.Append(number == page
                ? $"<li class=\"paginate-page paginate-current\"><span>{number}</span></li>"
                : $"<li class=\"paginate-page\"><a href=\"{Link(number)}\">{number}</a></li>");
            previous = number;
        }

        return html.Append("</ul></div></div>").ToString();
    }

    // The block's start and the index after its closing </div>, counting nested divs.
    private static (int Start, int End)? FindBlock(string html)
    {
        var start = html.IndexOf(BlockStart, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var depth = 0;
        for (var at = start; at < html.Length;)
        {
            var open = html.IndexOf("<div", at, StringComparison.Ordinal);
            var close = html.IndexOf("</div>", at, StringComparison.Ordinal);
            if (close < 0)
            {
                return null;
            }

            if (open >= 0 && open < close)
            {
                depth++;
                at = open + 4;
                continue;
            }

            depth--;
            at = close + "</div>".Length;
            if (depth == 0)
            {
                return (start, at);
            }
        }

        return null;
    }
}
