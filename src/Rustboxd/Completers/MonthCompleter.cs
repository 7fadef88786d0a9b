using System.Globalization;

namespace Rustboxd.Completers;

/// <summary>Months 1 to 12, shown with their names.</summary>
public sealed class MonthCompleter : FixedValuesCompleter
{
    protected override IEnumerable<(string Value, string ListItem, string ToolTip)> Values(string typed) =>
        Enumerable.Range(1, 12).Select(month =>
        {
            var value = month.ToString(CultureInfo.InvariantCulture);
            var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            return (value, $"{value} ({name})", $"entries watched in {name}");
        });
}
