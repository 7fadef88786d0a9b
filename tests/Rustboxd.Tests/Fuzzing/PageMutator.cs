using System.Globalization;
using System.Text;

namespace Rustboxd.Tests.Fuzzing;

/// <summary>
/// Seeded random damage to a page's text, of the kinds real pages suffer and parsers trip on: spans cut out, repeated or
/// swapped, the page cut short, markup and entities dropped in, numbers made huge, negative or foreign, and attribute
/// values replaced by empty, enormous or malformed ones. The same seed always gives the same page.
/// </summary>
public static class PageMutator
{
    private static readonly string[] Fragments =
    [
        "<", ">", "\"", "'", "=", "&", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "\0", "\uFFFD", "\u202E", "\uD800",
        "</div>", "<div>", "<ul>", "</ul>", "<li>", "</li>", "<table>", "<td>", "<tr>", "<svg>", "<template>", "<select>",
        "<script>", "</script>", "<!--", "-->", "<![CDATA[", "<aside>", "<p>", "<a href=\"/film/\">",
        "<li class=\"griditem\">", "<li class=\"poster-container\">", "<tr class=\"diary-entry-row\">",
        "<div class=\"pagination\">", "<li class=\"paginate-page paginate-current\">", "<span class=\"rating rated-\">",
        "<script type=\"application/ld+json\">{", "<meta property=\"og:title\" content=\"\">",
    ];

    private static readonly string[] Values =
    [
        "", " ", "0", "-1", "-0", "1e309", "NaN", "Infinity", "99999999999999999999999999", "2147483648",
        "-9223372036854775809", "٣٤", "½", "1,2,3", "1.5.6", "film:", "film:abc", "/film/", "/film//", "//evil.example/x",
        "https://evil.example/film/x/", "javascript:alert(1)", "{", "{\"uid\":", "{\"uid\":{}}", "[]", "null", "rated-",
        "rated-99999999999", "\u0000", new string('9', 400), new string('(', 200), new string(' ', 5000) + "(2001)",
    ];

    /// <summary>One to four mutations of <paramref name="page"/>, and what they were (for the failure report).</summary>
    public static (string Page, string Description) Mutate(string page, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(page);
        var done = new List<string>();
        var count = 1 + random.Next(4);
        for (var step = 0; step < count && text.Length > 0; step++)
        {
            done.Add(MutateOnce(text, random));
        }

        return (text.ToString(), string.Join("; ", done));
    }

    private static string MutateOnce(StringBuilder text, Random random)
    {
        var at = random.Next(text.Length);
        var length = Math.Min(text.Length - at, 1 + random.Next(random.Next(2) == 0 ? 16 : 2000));
        switch (random.Next(9))
        {
            case 0:
                text.Remove(at, length);
                return $"deleted {length} at {at}";
            case 1:
                var copy = text.ToString(at, length);
                var to = random.Next(text.Length);
                text.Insert(to, copy);
                return $"copied {length} from {at} to {to}";
            case 2:
                var fragment = Fragments[random.Next(Fragments.Length)];
                text.Insert(at, fragment);
                return $"inserted {Show(fragment)} at {at}";
            case 3:
                text.Length = at;
                return $"cut at {at}";
            case 4:
                return ReplaceNumber(text, at, random);
            case 5:
                return ReplaceAttributeValue(text, at, random);
            case 6:
                var other = random.Next(text.Length);
                var (first, second) = at < other ? (at, other) : (other, at);
                var span = Math.Min(length, Math.Min(second - first, text.Length - second));
                if (span <= 0)
                {
                    return "swap skipped";
                }

                var a = text.ToString(first, span);
                var b = text.ToString(second, span);
                text.Remove(second, span).Insert(second, a).Remove(first, span).Insert(first, b);
                return $"swapped {span} at {first} and {second}";
            case 7:
                var close = IndexOf(text, '>', at);
                if (close < 0)
                {
                    return "no tag end to drop";
                }

                text.Remove(close, 1);
                return $"dropped '>' at {close}";
            default:
                var repeat = Fragments[random.Next(Fragments.Length)];
                var times = 1 + random.Next(300);
                text.Insert(at, string.Concat(Enumerable.Repeat(repeat, times)));
                return $"inserted {Show(repeat)} x{times} at {at}";
        }
    }

    // The next run of digits from `at` becomes a value from the hostile list.
    private static string ReplaceNumber(StringBuilder text, int at, Random random)
    {
        var start = at;
        while (start < text.Length && !char.IsAsciiDigit(text[start]))
        {
            start++;
        }

        if (start == text.Length)
        {
            return "no number to replace";
        }

        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        var value = Values[random.Next(Values.Length)];
        text.Remove(start, end - start).Insert(start, value);
        return $"number at {start} -> {Show(value)}";
    }

    // The next quoted attribute value from `at` becomes a value from the hostile list.
    private static string ReplaceAttributeValue(StringBuilder text, int at, Random random)
    {
        var open = IndexOf(text, '"', at);
        if (open < 1 || text[open - 1] != '=')
        {
            return "no attribute value to replace";
        }

        var close = IndexOf(text, '"', open + 1);
        if (close < 0)
        {
            return "attribute value left open";
        }

        var value = Values[random.Next(Values.Length)];
        text.Remove(open + 1, close - open - 1).Insert(open + 1, value);
        return $"attribute value at {open} -> {Show(value)}";
    }

    private static int IndexOf(StringBuilder text, char value, int from)
    {
        for (var index = from; index < text.Length; index++)
        {
            if (text[index] == value)
            {
                return index;
            }
        }

        return -1;
    }

    private static string Show(string value) =>
        value.Length > 24 ? $"'{Escape(value[..24])}…' ({value.Length.ToString(CultureInfo.InvariantCulture)} chars)" : $"'{Escape(value)}'";

    private static string Escape(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) || char.IsSurrogate(c) || c == '\u202E'
            ? $"\\u{(int)c:X4}"
            : c.ToString()));
}
