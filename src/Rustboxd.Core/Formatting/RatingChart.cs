using System.Globalization;
using System.Text;
using Rustboxd.Models;

namespace Rustboxd.Formatting;

/// <summary>
/// Draws a rating histogram the way the site's chart reads: one bar per half star, from ½ up to ★★★★★, each as
/// long as its count relative to the tallest, with the count and share beside it. The default console view of
/// RatingStatistics calls it (src/Rustboxd/Formats/Views.psd1); plain text, 66 columns with the default width.
/// </summary>
/// <example>
/// <code>
/// sampleuser7 (member): 329 ratings, mean 3.47, median 3.5
///
///     ½ ▊                                           4   1.2 %
///     ★ █▋                                          8   2.4 %
/// </code>
/// </example>
public static class RatingChart
{
    /// <summary>Eighths of a block, for bar ends finer than one character.</summary>
    private static readonly string[] Eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

    private const int LabelWidth = 5;

    public static string Render(RatingStatistics statistics, int barWidth = 40)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        barWidth = Math.Clamp(barWidth, 10, 200);
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(Heading(statistics));
        if (statistics.FanCount is not null || statistics.SiteAverage is not null)
        {
            text.AppendLine(Details(statistics));
        }

        text.AppendLine();
        var tallest = statistics.Histogram.Count == 0 ? 0 : statistics.Histogram.Max(bucket => bucket.Count);
        var countWidth = Math.Max(1, tallest.ToString("N0", culture).Length);
        foreach (var bucket in statistics.Histogram)
        {
            text.Append(Stars.Of(bucket.Rating).PadLeft(LabelWidth)).Append(' ')
                .Append(Bar(bucket.Count, tallest, barWidth).PadRight(barWidth)).Append("  ")
                .Append(bucket.Count.ToString("N0", culture).PadLeft(countWidth)).Append("  ")
                .Append(bucket.Percent.ToString("0.0", culture).PadLeft(5)).AppendLine(" %");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>A bar of <paramref name="width"/> characters at most; a count above zero always shows.</summary>
    public static string Bar(long count, long tallest, int width)
    {
        if (count <= 0 || tallest <= 0)
        {
            return string.Empty;
        }

        var eighths = Math.Max(1, (int)Math.Round(8.0 * width * count / tallest, MidpointRounding.AwayFromZero));
        return new string('█', eighths / 8) + Eighths[eighths % 8];
    }

    private static string Heading(RatingStatistics statistics)
    {
        var culture = CultureInfo.InvariantCulture;
        var kind = statistics.SubjectKind == RatingSubject.Film ? "film" : "member";
        var heading = $"{statistics.Subject} ({kind}): {statistics.Count.ToString("N0", culture)} ratings";
        return statistics.Mean is { } mean
            ? heading + string.Create(culture, $", mean {mean}, median {statistics.Median}")
            : heading;
    }

    private static string Details(RatingStatistics statistics)
    {
        var parts = new List<string>();
        if (statistics.SiteAverage is { } average)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"site average {average}"));
        }

        if (statistics.FanCount is { } fans)
        {
            parts.Add($"{fans.ToString("N0", CultureInfo.InvariantCulture)} fans");
        }

        return string.Join(", ", parts);
    }
}
