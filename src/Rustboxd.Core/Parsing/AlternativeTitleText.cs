using System.Text.RegularExpressions;

namespace Rustboxd.Parsing;

/// <summary>
/// Splits the one line in which Letterboxd joins a film's alternative titles with ", ". Titles contain commas
/// themselves ("Mulholland Drive: Sueños, misterios y secretos"), so a ", " separates two titles only when what
/// follows starts a title: anything but a lower-case letter of a cased script. A lower-case letter continues the
/// title before it.
/// </summary>
/// <remarks>
/// Known shortcoming: a title whose own ", " is followed by a capital ("Love, Death &amp; Robots") still comes out as
/// two titles; the page holds nothing that tells the two commas apart. A page that puts each title in its own element
/// is read by structure instead (FilmTabs.AlternativeTitles), and this rule is not used there.
/// </remarks>
internal static partial class AlternativeTitleText
{
    /// <summary>The line with runs of white space (line breaks of a saved page, no-break spaces) as one space.</summary>
    public static string Clean(string line) => Whitespace().Replace(line, " ").Trim();

    public static IEnumerable<string> Split(string line)
    {
        var text = Clean(line);
        if (text.Length == 0)
        {
            yield break;
        }

        string? current = null;
        foreach (var piece in text.Split(", "))
        {
            if (current is not null && ContinuesTitle(piece))
            {
                current += ", " + piece;
                continue;
            }

            if (current is { Length: > 0 })
            {
                yield return current.Trim();
            }

            current = piece;
        }

        if (current is { Length: > 0 })
        {
            yield return current.Trim();
        }
    }

    // Latin, Greek, Cyrillic and Armenian have capitals; Georgian letters count as lower case in Unicode but a
    // Georgian title does not start with a capital, so only the scripts where case marks a title's start count.
    private static bool ContinuesTitle(string piece)
    {
        if (piece.Length == 0)
        {
            return false;
        }

        var first = piece[0];
        return char.IsLower(first) && (first < '\u0590' || first is >= '\u1E00' and <= '\u1FFF');
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
