using Rustboxd.Parsing;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Tests.Parsing;

public sealed class WatchlistParserTests
{
    public static TheoryData<string> Watchlists => Corpus.FilesOfKind("watchlist");

    [Theory]
    [MemberData(nameof(Watchlists))]
    public void Reads_every_verified_fact_of_each_captured_watchlist(string file)
    {
        var page = Corpus.Page(file);
        var context = new ParseContext(Corpus.UrlOf(page), "member");

        var watchlist = WatchlistParser.Parse(Corpus.Read(file), context);

        Assert.Equal(page.Int("items"), watchlist.Entries.Count);
        Assert.Equal(page.Int("last_page"), watchlist.Pagination.LastPage ?? Pagination.PageOf(watchlist.Pagination.NextPath!));
        if (page.Int("items") > 0)
        {
            Assert.Equal(page.String("first_slug"), watchlist.Entries[0].Film.Slug);
            Assert.Equal(page.String("first_title"), watchlist.Entries[0].Film.Title);
            Assert.Equal(page.Int("first_year"), watchlist.Entries[0].Film.Year);
            Assert.Equal(page.String("last_slug"), watchlist.Entries[^1].Film.Slug);
        }

        Assert.Equal(page.Has("total") ? page.Int("total") : null, watchlist.StatedTotal);
        Assert.All(watchlist.Entries, e => Assert.NotNull(e.Film.LetterboxdId));
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Reads_the_total_from_the_count_text_when_the_entries_attribute_is_gone()
    {
        // Bug-log BL-02: the counter class was renamed once; either name still gives the total.
        foreach (var counter in new[] { "js-watchlist-count", "watchlist-count" })
        {
            var html = $"<html><body><h1><span class=\"{counter}\">1,204&nbsp;films</span></h1><ul></ul></body></html>";

            var watchlist = WatchlistParser.Parse(html, new ParseContext(new Uri("https://letterboxd.com/m/watchlist/"), "m"));

            Assert.Equal(1204, watchlist.StatedTotal);
        }
    }

    [Fact]
    public void Reads_an_empty_watchlist_as_no_entries_and_no_total()
    {
        var context = new ParseContext(new Uri("https://letterboxd.com/sampleuser11/watchlist/"), "sampleuser11");

        var watchlist = WatchlistParser.Parse(Corpus.Read("watchlist/watchlist-empty-fragment-2026.html"), context);

        Assert.Empty(watchlist.Entries);
        Assert.Null(watchlist.StatedTotal);
        Assert.False(watchlist.Pagination.Shown);
        Assert.Empty(context.Warnings);
    }
}
