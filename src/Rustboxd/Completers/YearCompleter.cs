using System.Globalization;

namespace Rustboxd.Completers;

/// <summary>
/// Years for a diary: this year back to 2011, when Letterboxd opened, newest first; once digits are typed, any
/// year from 1900 to next year that starts with them (entries can be logged for earlier viewings).
/// </summary>
public sealed class YearCompleter : FixedValuesCompleter
{
    private const int Opened = 2011;
    private const int Earliest = 1900;

    protected override IEnumerable<(string Value, string ListItem, string ToolTip)> Values(string typed)
    {
        var thisYear = DateTime.Today.Year;
        var from = typed.Length == 0 ? Opened : Earliest;
        for (var year = typed.Length == 0 ? thisYear : thisYear + 1; year >= from; year--)
        {
            var value = year.ToString(CultureInfo.InvariantCulture);
            yield return (value, value, $"entries watched in {value}");
        }
    }
}
