using System.Net;
using System.Text;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Sessions;
using Rustboxd.Tests.Sessions;
using static Rustboxd.Tests.Sessions.ScriptedHandler;

namespace Rustboxd.Tests.Readers;

/// <summary>
/// The watchlist's page boundary (bug-log BL-25): 28 films a page, on generated pages in the 2025-26 markup with
/// the count the page states (data-num-entries).
/// </summary>
public sealed class WatchlistReaderTests
{
    private static readonly SessionOptions Fast = new()
    {
        BaseUri = new Uri("https://letterboxd.test/"),
        RequestsPerSecond = 1000,
        BurstSize = 100,
    };

    [Fact]
    public async Task Reads_a_watchlist_of_exactly_28_films_in_one_request()
    {
        var handler = new ScriptedHandler().On("/member/watchlist/", WatchlistPage(1, 28, total: 28));

        var entries = await ReadAll(handler);

        Assert.Equal(28, entries.Count);
        Assert.Equal(["/member/watchlist/"], handler.RequestedPaths);
    }

    [Fact]
    public async Task Reads_a_watchlist_of_29_films_from_two_pages_in_order()
    {
        var handler = new ScriptedHandler()
            .On("/member/watchlist/", WatchlistPage(1, 28, total: 29, pages: 2))
            .On("/member/watchlist/page/2/", WatchlistPage(29, 1, total: 29, pages: 2, current: 2));

        var entries = await ReadAll(handler);

        Assert.Equal(Enumerable.Range(1, 29), entries.Select(e => e.Position));
        Assert.Equal("film-29", entries[^1].Slug);
        Assert.Equal(2, entries[^1].Page);
        Assert.Equal(["/member/watchlist/", "/member/watchlist/page/2/"], handler.RequestedPaths);
    }

    private static async Task<List<WatchlistEntry>> ReadAll(ScriptedHandler handler)
    {
        using var session = new LetterboxdSession(Fast, handler);
        using var call = new LetterboxdCall(session);
        var entries = new List<WatchlistEntry>();
        await foreach (var entry in WatchlistReader.ReadAsync(call, "member"))
        {
            entries.Add(entry);
        }

        return entries;
    }

    private static Func<HttpResponseMessage> WatchlistPage(
        int first, int count, int total, int? pages = null, int current = 1)
    {
        var html = new StringBuilder("<html><body data-owner=\"member\">");
        html.Append($"<div class=\"watchlist-content\" data-num-entries=\"{total}\"><ul class=\"grid\">");
        for (var number = first; number < first + count; number++)
        {
            html.Append("<li class=\"griditem\"><div class=\"react-component\" data-component-class=\"LazyPoster\" ")
                .Append($"data-item-name=\"Film {number} (2001)\" data-item-slug=\"film-{number}\" ")
                .Append($"data-item-link=\"/film/film-{number}/\"></div></li>");
        }

        html.Append("</ul></div>");
        if (pages is not null)
        {
            html.Append("<div class=\"pagination\"><div class=\"paginate-pages\"><ul>");
            for (var page = 1; page <= pages; page++)
            {
                var marker = page == current ? " paginate-current" : string.Empty;
                html.Append($"<li class=\"paginate-page{marker}\"><a>{page}</a></li>");
            }

            html.Append("</ul></div></div>");
        }

        return Page(HttpStatusCode.OK, html.Append("</body></html>").ToString());
    }
}
