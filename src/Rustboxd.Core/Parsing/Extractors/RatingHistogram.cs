using AngleSharp.Dom;

namespace Rustboxd.Parsing.Extractors;

/// <summary>
/// The ten bars of a section.ratings-histogram-chart (profile, film page and the ratings-summary fragment):
/// each li.rating-histogram-bar carries a tooltip such as "4,398 half-★ ratings (0%)" or "73 ★★★½ ratings".
/// A bar with no count is zero, so a film without ratings still gives ten buckets.
/// </summary>
public static class RatingHistogram
{
    public const int Buckets = 10;

    /// <summary>Counts from 0.5 to 5 stars, or null when <paramref name="section"/> has no histogram at all.</summary>
    public static long[]? Counts(IElement? section, ParseContext context)
    {
        var chart = section?.QuerySelector(".rating-histogram") ?? section;
        if (chart is null)
        {
            return null;
        }

        var bars = chart.QuerySelectorAll("li.rating-histogram-bar");
        var counts = new long[Buckets];
        if (bars.Length == 0)
        {
            context.Trace("rating histogram without bars: no ratings yet");
            return counts;
        }

        if (bars.Length != Buckets)
        {
            context.Warn($"the rating histogram has {bars.Length} bars instead of {Buckets}");
        }

        for (var position = 0; position < bars.Length; position++)
        {
            var text = HtmlPage.Tooltip(bars[position].QuerySelector("a")) ?? HtmlPage.Text(bars[position]);
            var index = BucketOf(text) ?? position;
            if (index < Buckets)
            {
                counts[index] += SiteNumber.Parse(text) ?? 0;
            }
        }

        return counts;
    }

    // "half-★" is 0.5; otherwise each ★ is a star and ½ a half. Returns the bucket index, 0-based.
    private static int? BucketOf(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Contains("half-★", StringComparison.Ordinal))
        {
            return 0;
        }

        var halves = text.Count(c => c == '★') * 2 + (text.Contains('½') ? 1 : 0);
        return halves is >= 1 and <= Buckets ? halves - 1 : null;
    }
}
