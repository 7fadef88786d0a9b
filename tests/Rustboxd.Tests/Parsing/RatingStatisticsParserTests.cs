using Rustboxd.Parsing;

namespace Rustboxd.Tests.Parsing;

public sealed class RatingStatisticsParserTests
{
    [Fact]
    public void Reads_the_film_histogram_average_and_fans_from_the_ratings_summary_fragment()
    {
        var page = Corpus.Page("film-fragments/ratings-summary-mulholland-drive-2026-01.html");
        var context = new ParseContext(Corpus.UrlOf(page), "mulholland-drive");

        var statistics = RatingStatisticsParser.FromFilmChart(Corpus.Read(page.File), context, "mulholland-drive");

        Assert.Equal(page.Longs("histogram"), statistics.Histogram.Select(b => b.Count));
        Assert.Equal(page.Long("ratings_count"), statistics.Count);
        Assert.Equal(page.Decimal("average_rating"), statistics.SiteAverage);
        Assert.Equal(75_000, statistics.FanCount);
        Assert.Equal(4.5m, statistics.Median);
        Assert.InRange(statistics.Mean!.Value, 3.9m, 4.3m);
        Assert.Empty(context.Warnings);
    }

    [Theory]
    [InlineData("profile/profile-2026-01.html", "sampleuser7", new long[] { 4, 8, 6, 17, 25, 47, 73, 100, 34, 15 })]
    public void Reads_the_member_histogram_from_the_profile(string file, string member, long[] expected)
    {
        var context = new ParseContext(Corpus.UrlOf(Corpus.Page(file)), member);

        var statistics = RatingStatisticsParser.FromProfile(Corpus.Read(file), context, member);

        Assert.Equal(expected, statistics.Histogram.Select(b => b.Count));
        Assert.Equal(329, statistics.Count);
        Assert.Equal(new[] { 0.5m, 1m, 1.5m, 2m, 2.5m, 3m, 3.5m, 4m, 4.5m, 5m }, statistics.Histogram.Select(b => b.Rating));
        Assert.Equal(3.5m, statistics.Median);
        Assert.Equal(3.47m, statistics.Mean);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Reads_the_member_histogram_of_the_2025_profile_and_it_adds_up()
    {
        var context = new ParseContext(new Uri("https://letterboxd.com/sampleuser124/"), "sampleuser124");

        var statistics = RatingStatisticsParser.FromProfile(Corpus.Read("profile/profile-2025-10.html"), context, "sampleuser124");

        Assert.Equal(10, statistics.Histogram.Count);
        Assert.True(statistics.Count > 0);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void A_chart_without_bars_gives_ten_zero_buckets_for_an_unreleased_film()
    {
        const string html = """<section class="section ratings-histogram-chart"><div class="rating-histogram"></div></section>""";

        var statistics = RatingStatisticsParser.FromFilmChart(
            html, new ParseContext(new Uri("https://letterboxd.com/csi/film/x/ratings-summary/"), "x"), "x");

        Assert.Equal(10, statistics.Histogram.Count);
        Assert.Equal(0, statistics.Count);
        Assert.Null(statistics.Mean);
        Assert.Null(statistics.Median);
    }
}
