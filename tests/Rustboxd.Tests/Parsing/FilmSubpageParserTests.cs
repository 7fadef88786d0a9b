using Rustboxd.Parsing;

namespace Rustboxd.Tests.Parsing;

/// <summary>
/// A film's sub-pages and fragments: the captured ratings-summary fragment, and synthetic stats, reviews, members and
/// lists pages (no capture of them exists yet) built from the markup of captured pages.
/// </summary>
public sealed class FilmSubpageParserTests
{
    [Fact]
    public void Reads_the_fan_count_of_the_captured_ratings_summary_fragment()
    {
        var page = Corpus.Page("film-fragments/ratings-summary-mulholland-drive-2026-01.html");
        var context = new ParseContext(Corpus.UrlOf(page), "mulholland-drive");

        var statistics = FilmStatisticsParser.Parse(Corpus.Read(page.File), "mulholland-drive", context);

        // facts.json: "75K fans".
        Assert.Equal(Rustboxd.Parsing.Extractors.SiteNumber.Parse(page.String("fans")), statistics.FanCount);
        Assert.Equal(75_000, statistics.FanCount);
        Assert.Null(statistics.WatchedCount);
    }

    [Fact]
    public void Gives_ten_empty_buckets_for_an_unreleased_film_whose_chart_has_no_bars()
    {
        // BL-22: no li.rating-histogram-bar must not end the read; the histogram is ten zeros and the count 0.
        const string fragment = """
            <section class="section ratings-histogram-chart"><h2 class="section-heading">Ratings</h2>
            <div class="rating-histogram clear"><ul></ul></div></section>
            """;
        var context = new ParseContext(new Uri("https://letterboxd.com/csi/film/x/ratings-summary/"), "x");

        var statistics = RatingStatisticsParser.FromFilmChart(fragment, context, "x");
        var counts = FilmStatisticsParser.Parse(fragment, "x", context);

        Assert.Equal(10, statistics.Histogram.Count);
        Assert.All(statistics.Histogram, bucket => Assert.Equal(0, bucket.Count));
        Assert.Equal(0, statistics.Count);
        Assert.Null(statistics.Mean);
        Assert.Null(statistics.SiteAverage);
        Assert.Null(counts.FanCount);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Reads_exact_counts_from_the_stats_fragment_not_its_rounded_labels()
    {
        var context = new ParseContext(new Uri("https://letterboxd.com/csi/film/mulholland-drive/stats/"), "mulholland-drive");

        var statistics = FilmStatisticsParser.Parse(
            Corpus.ReadSynthetic("film/stats-mulholland-drive.html"), "mulholland-drive", context);

        Assert.Equal(1_500_123, statistics.WatchedCount);
        Assert.Equal(401_234, statistics.ListCount);
        Assert.Equal(530_456, statistics.LikeCount);
        Assert.Null(statistics.FanCount);
    }

    [Theory]
    [InlineData("""<div class="production-statistic -watches"><a class="tooltip"><span class="label">1.4M</span></a></div>""", 1_400_000L)]
    [InlineData("""<div class="production-statistic -watches" aria-label="Watched by 1,308&nbsp;members"></div>""", 1_308L)]
    [InlineData("""<div class="production-statistic -watches"><a data-original-title="Watched by 12K members"></a></div>""", 12_000L)]
    public void Falls_back_from_the_exact_count_to_the_label(string statistic, long expected)
    {
        var html = $"""<div class="production-statistic-list">{statistic}</div>""";
        var context = new ParseContext(new Uri("https://letterboxd.com/csi/film/x/stats/"), "x");

        Assert.Equal(expected, FilmStatisticsParser.Parse(html, "x", context).WatchedCount);
    }

    [Fact]
    public void Reads_a_films_reviews_each_by_its_own_author()
    {
        var context = Context("/film/synthetic-film-a/reviews/by/activity/");

        var page = ReviewListParser.Parse(Corpus.ReadSynthetic("film/synthetic-film-a-reviews-popular-1.html"), context);

        Assert.Equal(["synthcritic", "othercritic", "synthmember"], page.Entries.Select(e => e.Member));
        Assert.All(page.Entries, e => Assert.Equal("synthetic-film-a", e.Film.Slug));
        Assert.Equal([4.5m, 3m, 5m], page.Entries.Select(e => e.Rating));
        Assert.True(page.Entries[0].Shortened);
        Assert.Equal("/s/full-text/viewing:900000301/", page.Entries[0].FullTextPath);
        Assert.Equal("/synthmember/film/synthetic-film-a/2/", page.Entries[2].ReviewPath);
        Assert.Equal(5, page.StatedTotal);
        Assert.Equal(2, page.Pagination.LastPage);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Reads_a_films_watchers_with_counts_written_as_the_site_writes_them()
    {
        var context = Context("/film/synthetic-film-a/members/");

        var table = MemberTableParser.Parse(Corpus.ReadSynthetic("film/synthetic-film-a-members-1.html"), context);

        Assert.Equal(["synthmember", "synthcritic", "othercritic"], table.Items.Select(row => row.UserName));
        Assert.Equal(6_300, table.Items[1].FollowerCount);
        Assert.Equal(12_000, table.Items[1].LikeCount);
        Assert.Equal(5, table.StatedTotal);
        Assert.Equal("/film/synthetic-film-a/members/page/2/", table.Pagination.NextPath);
    }

    [Fact]
    public void Reads_the_like_count_of_list_cards_whose_owner_comes_before_the_reactions()
    {
        var context = Context("/film/synthetic-film-a/lists/by/popular/");

        var page = ListSummaryParser.Parse(Corpus.ReadSynthetic("film/synthetic-film-a-lists.html"), context);

        Assert.Equal(["listmember", "synthcritic", "othercritic"], page.Items.Select(card => card.Owner));
        Assert.Equal([6_300, 12_000, 1_200_000], page.Items.Select(card => card.LikeCount));
        Assert.Equal([12, 0, 7], page.Items.Select(card => card.CommentCount));
        Assert.Equal(1_308, page.Items[0].FilmCount);
        Assert.Equal(3, page.StatedTotal);
    }

    private static ParseContext Context(string path) =>
        new(new Uri(new Uri("https://letterboxd.com/"), path), "synthetic-film-a");
}
