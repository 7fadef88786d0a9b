namespace Rustboxd.Parsing;

/// <summary>A start or end tag as it stands in raw HTML text: its lower-case name and where it starts and ends.</summary>
internal readonly record struct RawTag(string Name, bool IsEnd, int Start, int End);

/// <summary>
/// Walks the tags of raw HTML text without building a document, the way an HTML tokenizer sees them: comments,
/// doctypes and the content of raw-text elements (script, style, textarea, title...) are stepped over, quoted
/// attribute values may hold '&gt;'. Used to find a region of a page cheaply; never to read data.
/// </summary>
internal static class RawTags
{
    // Elements whose content is text up to their own end tag, whatever it looks like.
    private static readonly string[] RawTextElements =
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    /// <summary>
    /// Calls <paramref name="visit"/> for each tag that starts in [from, to) until it returns false. Returns false
    /// when the text cannot be walked to the end: a comment, tag or raw-text element left open, or plaintext.
    /// </summary>
    public static bool Walk(string html, int from, int to, Func<RawTag, bool> visit)
    {
        var at = from;
        while (at < to)
        {
            var open = html.IndexOf('<', at, to - at);
            if (open < 0)
            {
                return true;
            }

            if (!TryRead(html, open, out var tag, out var next))
            {
                return false;
            }

            if (tag is { } found)
            {
                if (found.Name == "plaintext" && !found.IsEnd)
                {
                    return false;
                }

                if (!visit(found))
                {
                    return true;
                }

                if (!found.IsEnd && Array.IndexOf(RawTextElements, found.Name) >= 0)
                {
                    next = EndOfRawText(html, found);
                    if (next < 0)
                    {
                        return false;
                    }
                }
            }

            at = next;
        }

        return true;
    }

    /// <summary>The tag that starts at <paramref name="start"/>, or null when the '&lt;' there opens none.</summary>
    public static RawTag? At(string html, int start) =>
        TryRead(html, start, out var tag, out _) ? tag : null;

    // Reads what starts at html[open] == '<'. tag is null for a comment, doctype or a '<' that is just text; next is
    // where reading goes on. False when a comment or tag is left open.
    private static bool TryRead(string html, int open, out RawTag? tag, out int next)
    {
        tag = null;
        var at = open + 1;
        if (at >= html.Length)
        {
            next = html.Length;
            return true;
        }

        if (html[at] == '!' || html[at] == '?')
        {
            // A comment ends at the first "-->" (even "<!-->"); a doctype or bogus comment at the first '>'.
            var comment = html.AsSpan(at).StartsWith("!--");
            var close = comment ? html.IndexOf("-->", at + 1, StringComparison.Ordinal) : html.IndexOf('>', at);
            next = close < 0 ? -1 : close + (comment ? 3 : 1);
            return close >= 0;
        }

        var isEnd = html[at] == '/';
        if (isEnd)
        {
            at++;
        }

        var nameStart = at;
        if (at >= html.Length || !char.IsAsciiLetter(html[at]))
        {
            // "<" followed by anything but a letter is text.
            next = open + 1;
            return true;
        }

        while (at < html.Length && (char.IsAsciiLetterOrDigit(html[at]) || html[at] == '-'))
        {
            at++;
        }

        var end = EndOfTag(html, at);
        next = end;
        if (end < 0)
        {
            return false;
        }

        tag = new RawTag(html[nameStart..at].ToLowerInvariant(), isEnd, open, end);
        return true;
    }

    // The index after the tag's closing '>', stepping over quoted attribute values; -1 when it never closes.
    private static int EndOfTag(string html, int at)
    {
        var afterEquals = false;
        for (; at < html.Length; at++)
        {
            var c = html[at];
            if (c == '>')
            {
                return at + 1;
            }

            if (afterEquals && c is '"' or '\'')
            {
                var close = html.IndexOf(c, at + 1);
                if (close < 0)
                {
                    return -1;
                }

                at = close;
                afterEquals = false;
                continue;
            }

            if (c == '=')
            {
                afterEquals = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                afterEquals = false;
            }
        }

        return -1;
    }

    // Where a raw-text element's content ends: after its end tag. -1 when the end tag never comes.
    private static int EndOfRawText(string html, RawTag tag)
    {
        var closing = "</" + tag.Name;
        for (var at = tag.End; ; at += closing.Length)
        {
            at = html.IndexOf(closing, at, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            var after = at + closing.Length;
            if (after < html.Length && (html[after] is '>' or '/' || char.IsWhiteSpace(html[after])))
            {
                return EndOfTag(html, after);
            }
        }
    }
}
