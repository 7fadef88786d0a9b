using System.Globalization;
using Rustboxd.Formatting;

namespace Rustboxd.Completers;

/// <summary>Ratings in stars, 0.5 to 5 in half stars, as -Rating takes them.</summary>
public sealed class RatingCompleter : FixedValuesCompleter
{
    protected override IEnumerable<(string Value, string ListItem, string ToolTip)> Values(string typed) =>
        Enumerable.Range(1, 10)
            .Select(halves => halves / 2m)
            .Select(rating =>
            {
                var value = rating.ToString("0.#", CultureInfo.InvariantCulture);
                return (value, $"{value} {Stars.Of(rating)}", $"films rated {Stars.Of(rating)} ({value} stars)");
            });
}
