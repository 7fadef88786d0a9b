using System.Globalization;
using Rustboxd.Routing;

namespace Rustboxd.Completers;

/// <summary>
/// The decades Letterboxd browses, as its addresses write them (/films/decade/1960s/): this decade back to the 1870s,
/// newest first, the range <see cref="LetterboxdInput.Decade"/> accepts.
/// </summary>
public sealed class DecadeCompleter : FixedValuesCompleter
{
    protected override IEnumerable<(string Value, string ListItem, string ToolTip)> Values(string typed)
    {
        for (var decade = DateTime.Today.Year / 10 * 10; decade >= LetterboxdInput.FirstFilmYear; decade -= 10)
        {
            var first = decade.ToString(CultureInfo.InvariantCulture);
            var last = (decade + 9).ToString(CultureInfo.InvariantCulture);
            yield return (first + "s", first + "s", $"films released from {first} to {last}");
        }
    }
}
