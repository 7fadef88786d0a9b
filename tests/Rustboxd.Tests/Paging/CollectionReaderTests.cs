using System.Net;
using Rustboxd.Errors;
using Rustboxd.Paging;
using Rustboxd.Parsing;
using Rustboxd.Parsing.Extractors;
using Rustboxd.Readers;
using Rustboxd.Sessions;
using Rustboxd.Tests.Sessions;
using static Rustboxd.Tests.Sessions.ScriptedHandler;

namespace Rustboxd.Tests.Paging;

/// <summary>
/// The shared reader of paged collections, on tiny pages: "<li>a</li><li>b</li>" items, an optional
/// pagination block and an optional stated total in a data-total attribute.
/// </summary>
public sealed class CollectionReaderTests
{
    private static readonly SessionOptions Fast = new()
    {
        BaseUri = new Uri("https://letterboxd.test/"),
        RequestsPerSecond = 1000,
        BurstSize = 100,
    };

    [Fact]
    public async Task Follows_full_pages_without_pagination_until_a_short_page()
    {
        var handler = new ScriptedHandler()
            .On("/m/things/", Page(HttpStatusCode.OK, Items(3)))
            .On("/m/things/page/2/", Page(HttpStatusCode.OK, Items(3)))
            .On("/m/things/page/3/", Page(HttpStatusCode.OK, Items(1)));

        var items = await ReadAll(handler);

        Assert.Equal(7, items.Count);
        Assert.Equal([1, 1, 1, 2, 2, 2, 3], items.Select(i => i.Page));
        Assert.DoesNotContain("/m/things/page/4/", handler.RequestedPaths);
    }

    [Fact]
    public async Task Ends_quietly_when_the_page_after_a_full_one_is_missing()
    {
        var handler = new ScriptedHandler().On("/m/things/", Page(HttpStatusCode.OK, Items(3)));

        var items = await ReadAll(handler);

        Assert.Equal(3, items.Count);
        Assert.Equal(["/m/things/", "/m/things/page/2/"], handler.RequestedPaths);
    }

    [Fact]
    public async Task Reads_a_short_page_without_pagination_as_the_only_page()
    {
        var handler = new ScriptedHandler().On("/m/things/", Page(HttpStatusCode.OK, Items(2)));

        var items = await ReadAll(handler);

        Assert.Equal(2, items.Count);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Stops_fetching_once_the_maximum_is_reached()
    {
        var handler = new ScriptedHandler()
            .On("/m/things/", Page(HttpStatusCode.OK, Items(3, pages: 5)))
            .On("/m/things/page/2/", Page(HttpStatusCode.OK, Items(3, pages: 5)));

        var items = await ReadAll(handler, maximumItems: 2);

        Assert.Equal(2, items.Count);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Reports_markup_drift_when_the_page_states_items_but_none_are_read()
    {
        var handler = new ScriptedHandler().On("/m/things/", Page(HttpStatusCode.OK, Items(0, stated: 12)));

        var error = await Assert.ThrowsAsync<MarkupDriftException>(() => ReadAll(handler));

        Assert.Equal(ErrorIds.MarkupDrift, error.ErrorId);
        Assert.Equal(12, error.Expected);
        Assert.Contains("12 things", error.Message);
    }

    [Fact]
    public async Task Warns_when_page_one_holds_fewer_items_than_it_must()
    {
        var handler = new ScriptedHandler().On("/m/things/", Page(HttpStatusCode.OK, Items(2, stated: 3)));
        var observer = new RecordingObserver();

        var items = await ReadAll(handler, observer: observer);

        Assert.Equal(2, items.Count);
        Assert.Contains(observer.Warnings, w => w.Contains("at least 3 of its 3 things but 2 were read"));
    }

    [Fact]
    public async Task Returns_nothing_and_no_warning_for_an_empty_collection()
    {
        var handler = new ScriptedHandler().On("/m/things/", Page(HttpStatusCode.OK, Items(0, stated: 0)));
        var observer = new RecordingObserver();

        var items = await ReadAll(handler, observer: observer);

        Assert.Empty(items);
        Assert.Empty(observer.Warnings);
    }

    [Fact]
    public async Task Follows_a_cursor_page_after_page_and_reports_progress_within_bounds()
    {
        var handler = new ScriptedHandler()
            .On("/m/things/", Page(HttpStatusCode.OK, Items(3)))
            .On("/m/things/next-2/", Page(HttpStatusCode.OK, Items(3)))
            .On("/m/things/next-3/", Page(HttpStatusCode.OK, Items(0)));
        var observer = new RecordingObserver();
        var pagesRead = 1;

        var items = await ReadAll(handler, observer: observer, nextRequest: _ => pagesRead < 3
            ? new PageRequest($"/m/things/next-{++pagesRead}/", ResourceKind.Member, "m")
            : null);

        Assert.Equal(6, items.Count);
        Assert.Equal(["/m/things/", "/m/things/next-2/", "/m/things/next-3/"], handler.RequestedPaths);
        Assert.All(observer.ProgressReports, p => Assert.InRange(p.PercentComplete, -1, 100));
        Assert.True(observer.ProgressReports.Last().Completed);
        Assert.Empty(observer.Warnings);
    }

    [Fact]
    public async Task Reports_numbered_pages_as_a_share_of_the_pages_page_one_names()
    {
        var handler = new ScriptedHandler()
            .On("/m/things/", Page(HttpStatusCode.OK, Items(3, pages: 2)))
            .On("/m/things/page/2/", Page(HttpStatusCode.OK, Items(2, pages: 2)));
        var observer = new RecordingObserver();

        var items = await ReadAll(handler, observer: observer);

        Assert.Equal(5, items.Count);
        Assert.Contains(observer.ProgressReports, p => p is { PercentComplete: 100, Completed: false, Status: "page 2 of 2, 5 items" });
        Assert.True(observer.ProgressReports.Last().Completed);
    }

    [Fact]
    public async Task Says_in_the_debug_stream_how_it_will_page_after_reading_page_one()
    {
        var handler = new ScriptedHandler()
            .On("/m/things/", Page(HttpStatusCode.OK, Items(3, pages: 2)))
            .On("/m/things/page/2/", Page(HttpStatusCode.OK, Items(2, pages: 2)));
        var observer = new RecordingObserver();

        await ReadAll(handler, observer: observer);

        Assert.Contains("m's things: page 1 holds 3 items and names 2 pages; reading pages 2-2, 3 at a time",
            observer.DebugLines);
    }

    [Fact]
    public async Task Says_when_it_reads_on_past_a_full_page_without_pagination()
    {
        var handler = new ScriptedHandler()
            .On("/m/things/", Page(HttpStatusCode.OK, Items(3)))
            .On("/m/things/page/2/", Page(HttpStatusCode.OK, Items(1)));
        var observer = new RecordingObserver();

        await ReadAll(handler, observer: observer);

        Assert.Contains(observer.DebugLines, line => line.StartsWith(
            "m's things: page 1 holds 3 items and shows no pagination but is full (3)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reports_no_progress_for_a_collection_of_one_page()
    {
        var handler = new ScriptedHandler().On("/m/things/", Page(HttpStatusCode.OK, Items(2)));
        var observer = new RecordingObserver();

        var items = await ReadAll(handler, observer: observer);

        Assert.Equal(2, items.Count);
        Assert.Empty(observer.ProgressReports);
        Assert.Contains("m's things: page 1 holds 2 items; it is the only page", observer.DebugLines);
    }

    [Fact]
    public async Task Follows_the_address_each_page_links_as_next()
    {
        var handler = new ScriptedHandler()
            .On("/m/things/", Page(HttpStatusCode.OK, Items(3, next: "/m/things/older/2/")))
            .On("/m/things/older/2/", Page(HttpStatusCode.OK, Items(3, next: "https://letterboxd.com/m/things/older/3/")))
            .On("/m/things/older/3/", Page(HttpStatusCode.OK, Items(1)));
        var observer = new RecordingObserver();

        var items = await ReadAll(handler, observer: observer);

        Assert.Equal([1, 1, 1, 2, 2, 2, 3], items.Select(i => i.Page));
        Assert.Equal(["/m/things/", "/m/things/older/2/", "/m/things/older/3/"], handler.RequestedPaths);
        Assert.Empty(observer.Warnings);
    }

    [Fact]
    public async Task Asks_the_page_number_address_when_a_next_link_leaves_the_collection()
    {
        var handler = new ScriptedHandler()
            .On("/m/things/", Page(HttpStatusCode.OK, Items(3, next: "/someone-else/things/page/2/")))
            .On("/m/things/page/2/", Page(HttpStatusCode.OK, Items(1)));

        var items = await ReadAll(handler);

        Assert.Equal(4, items.Count);
        Assert.Equal(["/m/things/", "/m/things/page/2/"], handler.RequestedPaths);
    }

    [Fact]
    public async Task Warns_when_a_page_that_links_a_next_one_is_not_full()
    {
        var handler = new ScriptedHandler()
            .On("/m/things/", Page(HttpStatusCode.OK, Items(2, next: "/m/things/page/2/")))
            .On("/m/things/page/2/", Page(HttpStatusCode.OK, Items(1, next: "/m/things/page/3/")))
            .On("/m/things/page/3/", Page(HttpStatusCode.OK, Items(1)));
        var observer = new RecordingObserver();

        var items = await ReadAll(handler, observer: observer);

        Assert.Equal(4, items.Count);
        Assert.Equal(2, observer.Warnings.Count);
        Assert.Contains(observer.Warnings, w => w.Contains("/m/things/ is followed by another page, so it should hold 3 things but 2 were read"));
        Assert.Contains(observer.Warnings, w => w.Contains("/m/things/page/2/ is followed by another page, so it should hold 3 things but 1 were read"));
    }

    [Fact]
    public async Task Warns_when_a_middle_page_holds_fewer_items_than_page_one()
    {
        var handler = new ScriptedHandler()
            .On("/m/things/", Page(HttpStatusCode.OK, Items(3, pages: 3)))
            .On("/m/things/page/2/", Page(HttpStatusCode.OK, Items(2, pages: 3)))
            .On("/m/things/page/3/", Page(HttpStatusCode.OK, Items(1, pages: 3)));
        var observer = new RecordingObserver();

        var items = await ReadAll(handler, observer: observer);

        Assert.Equal(6, items.Count);
        var warning = Assert.Single(observer.Warnings);
        Assert.Contains("/m/things/page/2/ is followed by another page, so it should hold 3 things but 2 were read", warning);
    }

    [Fact]
    public async Task Names_the_pages_page_one_names_when_a_later_page_is_missing_under_a_maximum()
    {
        var handler = new ScriptedHandler().On("/m/things/", Page(HttpStatusCode.OK, Items(3, pages: 15)));
        var observer = new RecordingObserver();

        var items = await ReadAll(handler, maximumItems: 5, observer: observer);

        Assert.Equal(3, items.Count);
        var warning = Assert.Single(observer.Warnings);
        Assert.Contains("page 2 of m's things was not found although page 1 names 15 pages", warning);
    }

    private static async Task<List<PagedItem<string>>> ReadAll(
        ScriptedHandler handler, long? maximumItems = null, RecordingObserver? observer = null,
        Func<ICollectionPage<string>, PageRequest?>? nextRequest = null)
    {
        using var session = new LetterboxdSession(Fast, handler);
        using var call = new LetterboxdCall(session, observer);
        var source = new CollectionSource<string>
        {
            Target = "m",
            Name = "m's things",
            ItemsName = "things",
            PageSize = 3,
            RequestFor = page => new PageRequest(page == 1 ? "/m/things/" : $"/m/things/page/{page}/", ResourceKind.Member, "m"),
            Parse = ParseThings,
            NextRequest = nextRequest,
        };

        var items = new List<PagedItem<string>>();
        await foreach (var item in CollectionReader.ReadAsync(call, source, maximumItems))
        {
            items.Add(item);
        }

        return items;
    }

    private static ICollectionPage<string> ParseThings(string html, ParseContext context)
    {
        var document = HtmlPage.Parse(html);
        var items = document.QuerySelectorAll("li.thing").Select(li => li.TextContent).ToArray();
        var stated = document.QuerySelector("[data-total]")?.GetAttribute("data-total");
        return new CollectionPage<string>(items, Pagination.From(document), stated is null ? null : int.Parse(stated));
    }

    private static string Items(int count, int? stated = null, int? pages = null, string? next = null)
    {
        var items = string.Concat(Enumerable.Range(1, count).Select(i => $"<li class=\"thing\">t{i}</li>"));
        var total = stated is null ? string.Empty : $"<p data-total=\"{stated}\"></p>";
        var pagination = pages is null
            ? string.Empty
            : "<div class=\"pagination\"><ul>" +
              string.Concat(Enumerable.Range(1, pages.Value).Select(p => $"<li class=\"paginate-page\"><a>{p}</a></li>")) +
              "</ul></div>";
        if (next is not null)
        {
            pagination = $"<div class=\"pagination\"><div class=\"paginate-nextprev\"><a class=\"next\" href=\"{next}\">Older</a></div></div>";
        }

        return $"<html><body>{total}<ul>{items}</ul>{pagination}</body></html>";
    }

    private sealed class RecordingObserver : ICallObserver
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Warnings { get; } = new();

        public void Verbose(string message)
        {
        }

        public void Debug(string message) => DebugLines.Enqueue(message);

        public System.Collections.Concurrent.ConcurrentQueue<string> DebugLines { get; } = new();

        public void Warning(string message) => Warnings.Enqueue(message);

        public void Progress(CallProgress progress) => ProgressReports.Enqueue(progress);

        public System.Collections.Concurrent.ConcurrentQueue<CallProgress> ProgressReports { get; } = new();
    }
}
