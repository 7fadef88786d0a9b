using System.Net;
using System.Text;
using Rustboxd.Errors;
using Rustboxd.Paging;
using Rustboxd.Parsing.Extractors;
using Rustboxd.Readers;
using Rustboxd.Sessions;
using Rustboxd.Tests.Sessions;
using static Rustboxd.Tests.Sessions.ScriptedHandler;

namespace Rustboxd.Tests.Paging;

/// <summary>Reading whole lists and their entries across pages, on generated list pages in the 2025-26 markup.</summary>
public sealed class ListReaderTests
{
    private static readonly SessionOptions Fast = new()
    {
        BaseUri = new Uri("https://letterboxd.test/"),
        RequestsPerSecond = 1000,
        BurstSize = 100,
    };

    [Fact]
    public async Task Reads_a_list_of_101_films_past_page_1_bug_log_BL_25()
    {
        var handler = new ScriptedHandler()
            .On("/owner/list/long/", ListPage(1, 100, total: 101, pages: 2))
            .On("/owner/list/long/page/2/", ListPage(101, 1, total: 101, pages: 2, current: 2));

        var entries = await Entries(handler, "long");

        Assert.Equal(101, entries.Count);
        Assert.Equal(Enumerable.Range(1, 101), entries.Select(e => e.Position));
        Assert.Equal("film-101", entries[^1].Slug);
        Assert.Equal(2, entries[^1].Page);
        Assert.Equal(["/owner/list/long/", "/owner/list/long/page/2/"], handler.RequestedPaths);
    }

    [Fact]
    public async Task Reads_a_list_of_exactly_100_films_in_one_request()
    {
        var handler = new ScriptedHandler().On("/owner/list/hundred/", ListPage(1, 100, total: 100));

        var entries = await Entries(handler, "hundred");

        Assert.Equal(100, entries.Count);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Follows_a_full_page_without_pagination_when_the_page_states_no_total()
    {
        var handler = new ScriptedHandler().On("/owner/list/unstated/", ListPage(1, 100));

        var entries = await Entries(handler, "unstated");

        Assert.Equal(100, entries.Count);
        Assert.Equal(["/owner/list/unstated/", "/owner/list/unstated/page/2/"], handler.RequestedPaths);
    }

    [Fact]
    public async Task Stops_fetching_once_it_has_the_entries_asked_for()
    {
        var handler = new ScriptedHandler()
            .On("/owner/list/long/", ListPage(1, 100, total: 250, pages: 3))
            .On("/owner/list/long/page/2/", ListPage(101, 100, total: 250, pages: 3, current: 2));

        var entries = await Entries(handler, "long", maximumItems: 5);

        Assert.Equal(5, entries.Count);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Reads_the_whole_list_with_its_details_and_ranks_from_every_page()
    {
        var handler = new ScriptedHandler()
            .On("/owner/list/top/", ListPage(1, 100, total: 150, pages: 2, ranked: true))
            .On("/owner/list/top/page/2/", ListPage(101, 50, total: 150, pages: 2, current: 2, ranked: true));
        using var session = new LetterboxdSession(Fast, handler);
        using var call = new LetterboxdCall(session);

        var list = await ListReader.GetListAsync(call, "Owner", "top");

        Assert.Equal(("owner", "top"), (list.Owner, list.Slug));
        Assert.Equal("Generated list", list.Title);
        Assert.Equal(150, list.FilmCount);
        Assert.True(list.Ranked);
        Assert.Equal(Enumerable.Range(1, 150), list.Entries.Select(e => e.Rank!.Value));
        Assert.Equal(new Uri("https://letterboxd.test/owner/list/top/"), list.Url);
    }

    [Fact]
    public async Task Warns_about_a_missing_later_page_and_keeps_what_it_read()
    {
        var handler = new ScriptedHandler().On("/owner/list/top/", ListPage(1, 100, total: 250, pages: 3));
        var observer = new WarningObserver();
        using var session = new LetterboxdSession(Fast, handler);
        using var call = new LetterboxdCall(session, observer);

        var list = await ListReader.GetListAsync(call, "owner", "top");

        Assert.Equal(100, list.Entries.Count);
        Assert.Contains(observer.Warnings, w => w.Contains("page 2 of owner's list top was not found", StringComparison.Ordinal));
        Assert.DoesNotContain("/owner/list/top/page/4/", handler.RequestedPaths);
    }

    [Fact]
    public async Task Keeps_positions_right_across_pages_when_an_entry_cannot_be_read()
    {
        var page1 = ListHtml(1, 3, total: 5, pages: 2).Replace("data-item-slug=\"film-2\"", string.Empty, StringComparison.Ordinal);
        var handler = new ScriptedHandler()
            .On("/owner/list/gappy/", Page(HttpStatusCode.OK, page1))
            .On("/owner/list/gappy/page/2/", ListPage(4, 2, total: 5, pages: 2, current: 2));

        var entries = await Entries(handler, "gappy");

        Assert.Equal(["film-1", "film-3", "film-4", "film-5"], entries.Select(e => e.Slug));
        Assert.Equal([1, 3, 4, 5], entries.Select(e => e.Position));
    }

    [Fact]
    public async Task Reports_markup_drift_when_the_list_states_films_but_none_can_be_read()
    {
        var drifted = ListHtml(1, 5, total: 5).Replace("js-list-entries", "future-entries", StringComparison.Ordinal)
            .Replace("posteritem", "futureitem", StringComparison.Ordinal)
            .Replace("data-item-slug", "data-future-slug", StringComparison.Ordinal);
        var handler = new ScriptedHandler().On("/owner/list/drifted/", Page(HttpStatusCode.OK, drifted));

        var error = await Assert.ThrowsAsync<MarkupDriftException>(() => Entries(handler, "drifted"));

        Assert.Equal(ErrorIds.MarkupDrift, error.ErrorId);
        Assert.Equal("drifted", error.Target);
        Assert.Equal(5, error.Expected);
    }

    [Fact]
    public async Task Warns_when_a_one_page_list_holds_fewer_films_than_it_states()
    {
        var handler = new ScriptedHandler().On("/owner/list/short/", ListPage(1, 2, total: 3));
        var observer = new WarningObserver();
        using var session = new LetterboxdSession(Fast, handler);
        using var call = new LetterboxdCall(session, observer);

        var list = await ListReader.GetListAsync(call, "owner", "short");

        Assert.Equal(2, list.Entries.Count);
        Assert.Contains(observer.Warnings, w => w.Contains("at least 3 of its 3 films but 2 were read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Says_the_list_is_missing_when_the_member_exists()
    {
        var handler = new ScriptedHandler().On("/owner/", Page(HttpStatusCode.OK, "<html><title>owner</title></html>"));

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => Entries(handler, "no-such-list"));

        Assert.Equal(ErrorIds.ListNotFound, error.ErrorId);
        Assert.Equal("no-such-list", error.Target);
        Assert.Contains("owner has no list 'no-such-list'", error.Message, StringComparison.Ordinal);
        Assert.Equal(["/owner/list/no-such-list/", "/owner/"], handler.RequestedPaths);
    }

    [Fact]
    public async Task Says_the_member_is_missing_when_the_profile_is_missing_too()
    {
        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => Entries(new ScriptedHandler(), "anything"));

        Assert.Equal(ErrorIds.MemberNotFound, error.ErrorId);
        Assert.Equal("owner", error.Target);
    }

    [Fact]
    public async Task Follows_a_list_that_moved_to_another_member()
    {
        var handler = new ScriptedHandler()
            .On("/owner/list/moved/", Redirect("/newowner/list/moved/"))
            .On("/newowner/list/moved/", ListPage(1, 2, total: 2));
        using var session = new LetterboxdSession(Fast, handler);
        using var call = new LetterboxdCall(session);

        var list = await ListReader.GetListAsync(call, "owner", "moved");

        Assert.Equal("newowner", list.Owner);
        Assert.All(list.Entries, e => Assert.Equal("newowner", e.Owner));
    }

    [Fact]
    public async Task Stops_at_the_crawlers_page_cap_when_every_page_offers_a_next_one_bug_log_BL_13()
    {
        var handler = new ScriptedHandler();
        for (var page = 1; page <= 5; page++)
        {
            var path = page == 1 ? "/endless/" : $"/endless/page/{page}/";
            handler.On(path, Page(HttpStatusCode.OK, $"<ul><li>x</li></ul><div class=\"pagination\"><a class=\"next\" href=\"/endless/page/{page + 1}/\">Older</a></div>"));
        }

        var observer = new WarningObserver();
        using var session = new LetterboxdSession(Fast, handler);
        using var call = new LetterboxdCall(session, observer);
        var crawler = new PageCrawler<Pagination>(
            call,
            page => new PageRequest(page == 1 ? "/endless/" : $"/endless/page/{page}/", ResourceKind.Page, "endless"),
            response => Pagination.From(Rustboxd.Parsing.HtmlPage.Parse(response.Body)),
            pagination => pagination,
            _ => 1)
        { MaximumPages = 3, Activity = "endless" };

        var pages = new List<int>();
        await foreach (var page in crawler.CrawlAsync(_ => int.MaxValue))
        {
            pages.Add(page.Number);
        }

        Assert.Equal([1, 2, 3], pages);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Contains(observer.Warnings, w => w.Contains("stopped after 3 pages", StringComparison.Ordinal));
    }

    private static async Task<List<Rustboxd.Models.ListEntry>> Entries(ScriptedHandler handler, string slug, long? maximumItems = null)
    {
        using var session = new LetterboxdSession(Fast, handler);
        using var call = new LetterboxdCall(session);
        var entries = new List<Rustboxd.Models.ListEntry>();
        await foreach (var entry in ListReader.ReadEntriesAsync(call, "owner", slug, maximumItems))
        {
            entries.Add(entry);
        }

        return entries;
    }

    private static Func<HttpResponseMessage> ListPage(
        int first, int count, int? total = null, int? pages = null, int current = 1, bool ranked = false) =>
        Page(HttpStatusCode.OK, ListHtml(first, count, total, pages, current, ranked));

    // A list page of `count` films numbered from `first`, with page links when `pages` is given.
    private static string ListHtml(int first, int count, int? total = null, int? pages = null, int current = 1, bool ranked = false)
    {
        var html = new StringBuilder("<html><head><meta property=\"og:title\" content=\"Generated list\">");
        if (total is not null)
        {
            html.Append($"<meta name=\"description\" content=\"A list of {total} films compiled on Letterboxd\">");
        }

        html.Append("</head><body><ul class=\"js-list-entries poster-list -p125 -grid\">");
        for (var number = first; number < first + count; number++)
        {
            html.Append(ranked ? "<li class=\"posteritem numbered-list-item\">" : "<li class=\"posteritem\">")
                .Append($"<div class=\"react-component\" data-item-slug=\"film-{number}\" data-item-name=\"Film {number} (2000)\"></div>")
                .Append(ranked ? $"<p class=\"list-number\">{number}</p></li>" : "</li>");
        }

        html.Append("</ul>");
        if (pages is not null)
        {
            html.Append("<div class=\"pagination\"><div class=\"paginate-pages\"><ul>");
            for (var page = 1; page <= pages; page++)
            {
                html.Append(page == current
                    ? $"<li class=\"paginate-page paginate-current\"><span>{page}</span></li>"
                    : $"<li class=\"paginate-page\"><a href=\"/owner/list/x/page/{page}/\">{page}</a></li>");
            }

            html.Append("</ul></div></div>");
        }

        return html.Append("</body></html>").ToString();
    }

    private sealed class WarningObserver : ICallObserver
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Warnings { get; } = new();

        public void Verbose(string message)
        {
        }

        public void Debug(string message)
        {
        }

        public void Warning(string message) => Warnings.Enqueue(message);

        public void Progress(CallProgress progress)
        {
        }
    }
}
