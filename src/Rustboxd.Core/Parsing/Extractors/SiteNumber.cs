using System.Globalization;
using System.Text.RegularExpressions;

namespace Rustboxd.Parsing.Extractors;

/// <summary>Numbers the way Letterboxd writes them: "1,308", "6.3K", "12K", "1.2M", "75K fans".</summary>
public static partial class SiteNumber
{
    /// <summary>The first number in <paramref name="text"/>, or null when there is none.</summary>
    public static long? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = NumberPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var digits = match.Groups["digits"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var multiplier = match.Groups["suffix"].Value.ToUpperInvariant() switch
        {
            "K" => 1_000m,
            "M" => 1_000_000m,
            "B" => 1_000_000_000m,
            _ => 1m,
        };
        // Beyond a long it is no count the site shows but damage (found by fuzzing: an OverflowException).
        return value <= long.MaxValue / multiplier ? (long)Math.Round(value * multiplier, MidpointRounding.AwayFromZero) : null;
    }

    public static int? ParseInt(string? text) => Parse(text) is { } value and <= int.MaxValue ? (int)value : null;

    [GeneratedRegex(@"(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<suffix>[KkMmBb](?![a-z]))?")]
    private static partial Regex NumberPattern();
}
