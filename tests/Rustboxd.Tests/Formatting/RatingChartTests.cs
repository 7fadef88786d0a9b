using Rustboxd.Formatting;
using Rustboxd.Models;
using Rustboxd.Parsing;

namespace Rustboxd.Tests.Formatting;

/// <summary>The histogram the console draws for Get-LetterboxdRatingStatistic, and ratings drawn as stars.</summary>
public sealed class RatingChartTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData(0.5, "½")]
    [InlineData(3.0, "★★★")]
    [InlineData(3.5, "★★★½")]
    [InlineData(5.0, "★★★★★")]
    public void Draws_ratings_as_the_site_does(double? rating, string expected) =>
        Assert.Equal(expected, Stars.Of((decimal?)rating));

    [Theory]
    [InlineData(0, 100, 40, "")]
    [InlineData(100, 100, 40, "████████████████████████████████████████")]
    [InlineData(50, 100, 10, "█████")]
    [InlineData(1, 1000, 10, "▏")]
    [InlineData(25, 100, 10, "██▌")]
    public void Draws_a_bar_in_eighths_relative_to_the_tallest(long count, long tallest, int width, string expected) =>
        Assert.Equal(expected, RatingChart.Bar(count, tallest, width));

    [Fact]
    public void Draws_one_row_per_half_star_of_a_captured_profile_the_tallest_full_width()
    {
        var file = "profile/profile-2026-01.html";
        var statistics = RatingStatisticsParser.FromProfile(
            Corpus.Read(file), new ParseContext(Corpus.UrlOf(Corpus.Page(file)), "sampleuser7"), "sampleuser7");

        var lines = RatingChart.Render(statistics).Split(Environment.NewLine);

        Assert.Equal("sampleuser7 (member): 329 ratings, mean 3.47, median 3.5", lines[0]);
        var rows = lines.Skip(2).ToArray();
        Assert.Equal(10, rows.Length);
        Assert.Equal(["½", "★", "★½", "★★", "★★½", "★★★", "★★★½", "★★★★", "★★★★½", "★★★★★"],
            rows.Select(row => row[..5].Trim()));
        Assert.StartsWith(" ★★★★ " + new string('█', 40) + "  100   30.4 %", rows[7]);
        Assert.All(rows, row => Assert.True(row.Length <= 80, $"'{row}' is wider than an 80-column console"));
        Assert.Equal(rows[7].Length, rows.Max(row => row.Length));
    }

    [Fact]
    public void Names_the_site_average_and_fans_of_a_film()
    {
        var statistics = RatingStatistics.FromCounts(RatingSubject.Film, "x", [0, 0, 0, 0, 0, 0, 0, 1, 2, 1],
            new Uri("https://letterboxd.com/csi/film/x/ratings-summary/"), siteAverage: 4.26m, fans: 75_000);

        var lines = RatingChart.Render(statistics).Split(Environment.NewLine);

        Assert.Equal("x (film): 4 ratings, mean 4.5, median 4.5", lines[0]);
        Assert.Equal("site average 4.26, 75,000 fans", lines[1]);
    }

    [Fact]
    public void Draws_empty_bars_for_a_member_without_ratings()
    {
        var statistics = RatingStatistics.FromCounts(RatingSubject.Member, "nobody", new long[10],
            new Uri("https://letterboxd.com/nobody/"));

        var chart = RatingChart.Render(statistics);

        Assert.StartsWith("nobody (member): 0 ratings" + Environment.NewLine, chart);
        Assert.DoesNotContain("█", chart);
        Assert.All(statistics.Histogram, bucket => Assert.Equal(0m, bucket.Percent));
    }
}
