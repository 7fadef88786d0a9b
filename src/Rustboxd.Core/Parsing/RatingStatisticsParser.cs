using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Rustboxd.Models;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>
/// Rating histograms: a member's from the profile page, a film's from the ratings-summary fragment
/// (/csi/film/SLUG/ratings-summary/) or from a film page that still carries the chart inline.
/// </summary>
public static partial class RatingStatisticsParser
{
    private const string ChartSelector = "section.ratings-histogram-chart";

    /// <summary>The member's own ratings. A profile without a chart has no ratings: ten zeros.</summary>
    public static RatingStatistics FromProfile(IDocument document, ParseContext context, string userName)
    {
        var chart = document.QuerySelector(ChartSelector);
        var counts = RatingHistogram.Counts(chart, context);
        TraceChart(context, chart, counts);
        if (counts is null)
        {
            context.Trace("the profile shows no ratings chart: the member has rated nothing yet");
            counts = new long[RatingHistogram.Buckets];
        }

        // The chart's "all" link states the number of ratings; a different sum means bars were missed.
        var stated = SiteNumber.Parse(HtmlPage.Text(chart?.QuerySelector("a.all-link")));
        if (stated is not null && stated != counts.Sum())
        {
            context.Warn($"the ratings chart states {stated} ratings but its bars add up to {counts.Sum()}");
        }

        return RatingStatistics.FromCounts(RatingSubject.Member, userName, counts, context.Url);
    }

    /// <summary>A film's ratings, with the site's weighted average and its fan count when shown.</summary>
    public static RatingStatistics FromFilmChart(IDocument document, ParseContext context, string slug)
    {
        var chart = document.QuerySelector(ChartSelector);
        var counts = RatingHistogram.Counts(chart, context) ?? new long[RatingHistogram.Buckets];
        TraceChart(context, chart, counts);
        if (chart is null)
        {
            context.Warn("no ratings chart was found; the film may have no ratings yet, or the markup changed");
        }

        var average = chart?.QuerySelector(".average-rating a, .average-rating .display-rating");
        var fans = chart?.QuerySelector("a[href*='/fans/']");
        return RatingStatistics.FromCounts(
            RatingSubject.Film, slug, counts, context.Url, WeightedAverage(HtmlPage.Tooltip(average)),
            SiteNumber.Parse(HtmlPage.Text(fans)));
    }

    private static void TraceChart(ParseContext context, IElement? chart, long[]? counts) => context.Trace(chart is null
        ? $"ratings chart: no {ChartSelector}"
        : $"ratings chart: {ChartSelector}, {counts?.Sum() ?? 0} ratings in {RatingHistogram.Buckets} buckets");

    public static RatingStatistics FromProfile(string html, ParseContext context, string userName) =>
        FromProfile(HtmlPage.Parse(html), context, userName);

    public static RatingStatistics FromFilmChart(string html, ParseContext context, string slug) =>
        FromFilmChart(HtmlPage.Parse(html), context, slug);

    // "Weighted average of 4.26 based on 1,078,261 ratings".
    private static decimal? WeightedAverage(string? tooltip)
    {
        var match = tooltip is null ? Match.Empty : AveragePattern().Match(tooltip);
        return match.Success && decimal.TryParse(
            match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var average)
            ? average
            : null;
    }

    [GeneratedRegex(@"average of (\d+(?:\.\d+)?)")]
    private static partial Regex AveragePattern();
}
