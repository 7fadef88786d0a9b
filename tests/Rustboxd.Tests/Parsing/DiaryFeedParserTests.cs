using System.Globalization;
using System.Text.RegularExpressions;
using Rustboxd.Parsing;

namespace Rustboxd.Tests.Parsing;

public sealed class DiaryFeedParserTests
{
    private const string CapturedFeed = "rss/user-rss-2025-12.xml";

    [Fact]
    public void Reads_every_diary_item_of_the_captured_feed_and_leaves_its_lists_out()
    {
        var page = Corpus.Page(CapturedFeed);
        var xml = Corpus.Read(CapturedFeed);
        var context = new ParseContext(Corpus.UrlOf(page), "sampleuser3");

        var feed = DiaryFeedParser.Parse(xml, context);

        // Counted here without the parser: items that carry a watched date are diary entries.
        var dated = Regex.Matches(xml, "<letterboxd:watchedDate>").Count;
        Assert.Equal(dated, feed.Items.Count);
        Assert.Equal(page.Int("items"), feed.Items.Count + feed.OtherItems);
        Assert.Equal(page.Int("rated"), feed.Items.Count(item => item.Rating is not null));
        Assert.Equal(page.Int("rewatches"), feed.Items.Count(item => item.Rewatch));
        Assert.Equal(page.Int("liked"), feed.Items.Count(item => item.Liked));
        Assert.Equal("Letterboxd - Sample User 3", feed.Title);
        Assert.Empty(context.Warnings);

        var first = feed.Items[0];
        Assert.Equal(DateTime.ParseExact(page.String("first_watched_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            first.WatchedDate);
        Assert.Equal(page.Decimal("first_rating"), first.Rating);
        Assert.Equal("the-passion-according-to-gh", first.Slug);
        Assert.Equal("The Passion According to G.H.", first.Title);
        Assert.Equal(2023, first.Year);
        Assert.Equal(566268, first.TmdbId);
        Assert.Equal(1115733957, first.ViewingId);
        Assert.Equal(494713, first.LetterboxdId);
        Assert.Equal("https://letterboxd.com/sampleuser3/film/the-passion-according-to-gh/", first.ReviewUrl?.ToString());
        Assert.Equal("Carvalho is working so hard he ends up stiff in a way that doesn’t serve either Candido nor Lispector.",
            first.ReviewText);
        Assert.False(first.ContainsSpoilers);
        Assert.Equal(new DateTimeOffset(2025, 12, 23, 10, 42, 16, TimeSpan.FromHours(13)), first.Published);

        // Every item of this feed is a review with a TMDB id, a poster and text; entities are decoded.
        Assert.All(feed.Items, item => Assert.NotNull(item.ReviewText));
        Assert.All(feed.Items, item => Assert.NotNull(item.TmdbId));
        Assert.All(feed.Items, item => Assert.NotNull(item.LetterboxdId));
        Assert.Contains(feed.Items, item => item.Title == "Let's Go Karaoke!");
        Assert.DoesNotContain(feed.Items, item => item.ReviewText!.Contains('<'));
    }

    [Fact]
    public void Reads_spoilers_likes_rewatches_watches_shows_and_skips_an_item_without_a_film()
    {
        var context = new ParseContext(new Uri("https://letterboxd.com/synthfeed/rss/"), "synthfeed");

        var feed = DiaryFeedParser.Parse(Corpus.ReadSynthetic("rss/synthfeed-rss.xml"), context);

        Assert.Equal(
            ["synthetic-spoiler-film", "synthetic-quiet-film", "synthetic-series", "undated-synthetic-film"],
            feed.Items.Select(item => item.Slug));
        Assert.Equal(1, feed.OtherItems);
        var spoiler = feed.Items[0];
        Assert.True(spoiler.ContainsSpoilers);
        Assert.True(spoiler.Liked);
        Assert.True(spoiler.Rewatch);
        Assert.Equal(4.5m, spoiler.Rating);
        Assert.Equal("The twist is that the butler did it.\n\nSecond paragraph, with a line\nbreak.", spoiler.ReviewText);
        Assert.Equal("/synthfeed/film/synthetic-spoiler-film/1/", spoiler.ReviewUrl?.AbsolutePath);

        var watch = feed.Items[1];
        Assert.Null(watch.ReviewText);
        Assert.Null(watch.ReviewUrl);
        Assert.Null(watch.Rating);
        Assert.Null(watch.TmdbId);
        Assert.Equal(900000302, watch.ViewingId);
        Assert.Equal(900303, feed.Items[2].TmdbId);
        Assert.Null(feed.Items[3].Year);
        Assert.Null(feed.Items[3].LetterboxdId);
        Assert.Single(context.Warnings, warning => warning.Contains("Not A Film") && warning.Contains("no film link"));
    }

    [Fact]
    public void Reads_a_feed_with_no_items_as_an_empty_diary_not_an_error()
    {
        // BL-30: an existing member who has logged nothing is an empty result, never "not found".
        var context = new ParseContext(new Uri("https://letterboxd.com/quiet/rss/"), "quiet");

        var feed = DiaryFeedParser.Parse(
            "<?xml version='1.0'?><rss version='2.0'><channel><title>Letterboxd - Quiet</title></channel></rss>", context);

        Assert.Empty(feed.Items);
        Assert.Equal(0, feed.OtherItems);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Refuses_a_document_that_is_not_a_feed()
    {
        var context = new ParseContext(new Uri("https://letterboxd.com/x/rss/"), "x");

        var error = Assert.Throws<Rustboxd.Errors.ParseException>(
            () => DiaryFeedParser.Parse("<html><body>hi</body></html>", context));

        Assert.Equal(Rustboxd.Errors.ErrorIds.ParseFailed, error.ErrorId);
        Assert.Contains("not an RSS feed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_feed_that_is_not_well_formed_xml_with_the_module_s_own_error()
    {
        var context = new ParseContext(new Uri("https://letterboxd.com/x/rss/"), "x");

        var error = Assert.Throws<Rustboxd.Errors.ParseException>(
            () => DiaryFeedParser.Parse("<rss><channel><item><title>cut sh", context));

        Assert.Equal("x", error.Target);
        Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
    }
}
