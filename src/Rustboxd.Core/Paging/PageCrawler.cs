using System.Runtime.CompilerServices;
using Rustboxd.Errors;
using Rustboxd.Parsing.Extractors;
using Rustboxd.Sessions;

namespace Rustboxd.Paging;

/// <summary>One fetched and parsed page of a paged collection.</summary>
public sealed record CrawledPage<TPage>(int Number, int? LastPage, TPage Page);

/// <summary>
/// Walks a paged collection and yields its pages in page order. Page 1 says how many pages there are;
/// the rest are then fetched in parallel: at most the call's ThrottleLimit requests in flight (the call's gate), and at
/// most <see cref="PrefetchPerRequest"/> times that many pages ahead of the page being read, so the gate always has a
/// page waiting to send while earlier pages are parsed and read. Memory stays flat, and stopping early wastes at most
/// the pages fetched ahead. Without page numbers it
/// follows the page's own "next" link, one page at a time. A page with no pagination at all that is full
/// (<see cref="PageSize"/> items) is followed by page N+1 until a page is short, empty or missing: the page
/// size is the fallback rule. It never fetches more pages than the caller needs for -First.
/// </summary>
public sealed class PageCrawler<TPage>
    where TPage : class
{
    private readonly LetterboxdCall _call;
    private readonly Func<int, PageRequest> _requestFor;
    private readonly Func<PageResponse, TPage> _parse;
    private readonly Func<TPage, Pagination> _paginationOf;
    private readonly Func<TPage, int> _countOf;

    public PageCrawler(
        LetterboxdCall call,
        Func<int, PageRequest> requestFor,
        Func<PageResponse, TPage> parse,
        Func<TPage, Pagination> paginationOf,
        Func<TPage, int> countOf)
    {
        _call = call;
        _requestFor = requestFor;
        _parse = parse;
        _paginationOf = paginationOf;
        _countOf = countOf;
    }

    /// <summary>What the progress bar calls this crawl, e.g. "sampleuser7's films".</summary>
    public string Activity { get; init; } = "Reading pages";

    /// <summary>
    /// Pages fetched ahead per request the call may have in flight. With exactly ThrottleLimit pages ahead, a page that
    /// had arrived but was still being parsed or read held a slot, and the next request waited for it: fewer than
    /// ThrottleLimit requests were in flight (docs/performance.md has the figures).
    /// </summary>
    public const int PrefetchPerRequest = 2;

    /// <summary>Items on a full page; 0 turns the page-size fallback off.</summary>
    public int PageSize { get; init; }

    /// <summary>
    /// The most pages one crawl reads: a safety net against a site that never stops offering a next page
    /// (bug-log BL-13). Ten thousand pages is a million list entries.
    /// </summary>
    public int MaximumPages { get; init; } = 10_000;

    /// <summary>
    /// For collections paged by a cursor the page itself carries (?after=ID, ?cursor=...): the request for the
    /// page after the given one, or null at the end. When set, pages are read one after another by it.
    /// </summary>
    public Func<TPage, PageRequest?>? NextRequestOf { get; init; }

    /// <summary>
    /// Yields pages from 1 on. <paramref name="pagesWanted"/> is asked after page 1 with that page's item
    /// count, and returns how many pages the caller needs at most (int.MaxValue for all).
    /// </summary>
    public async IAsyncEnumerable<CrawledPage<TPage>> CrawlAsync(
        Func<int, int> pagesWanted, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_call.CancellationToken, cancellationToken);
        var first = await FetchAsync(_requestFor(1), stop.Token).ConfigureAwait(false);
        var pagination = _paginationOf(first);
        var firstCount = _countOf(first);
        yield return new CrawledPage<TPage>(1, pagination.LastPage, first);

        // Pages are capped by what the caller needs and by the hard cap that ends a runaway loop (BL-13). A cursor
        // feed's batches vary in size, so it is capped only by the hard cap and read while the caller asks for more.
        var limit = firstCount == 0 ? 1 : Math.Clamp(pagesWanted(firstCount), 1, MaximumPages);
        var last = Math.Min(pagination.LastPage ?? int.MaxValue, limit);
        var cursorLimit = firstCount == 0 ? 1 : MaximumPages;
        var items = firstCount;
        var reported = false;
        var mode = NextRequestOf is not null ? PagingMode.Cursor
            : !pagination.Shown && PageSize > 0 && firstCount >= PageSize ? PagingMode.FullPages
            : pagination.LastPage is not null ? PagingMode.Numbered
            : PagingMode.NextLink;
        _call.Observer.Debug(Plan(mode, pagination, firstCount, last, limit));
        try
        {
            var pages = mode switch
            {
                PagingMode.Cursor => CursorPagesAsync(first, cursorLimit, stop.Token),
                PagingMode.FullPages => FullPagesAsync(limit, stop.Token),
                PagingMode.Numbered => NumberedPagesAsync(2, last, pagination.LastPage!.Value, stop.Token),
                _ => NextLinkPagesAsync(pagination, limit, stop.Token),
            };
            await foreach (var page in pages.ConfigureAwait(false))
            {
                items += _countOf(page.Page);
                Report(page.Number, page.LastPage, items);
                reported = true;
                yield return page;
                if (_countOf(page.Page) == 0)
                {
                    _call.Observer.Warning(
                        $"page {page.Number} of {Activity} has no items although earlier pages had some; stopped there");
                    yield break;
                }

                if (page.Number == MaximumPages)
                {
                    _call.Observer.Warning($"{Activity}: stopped after {MaximumPages} pages, the most one call reads");
                }
            }
        }
        finally
        {
            stop.Cancel();
            if (reported)
            {
                _call.Observer.Progress(new CallProgress(Activity, "done", 100, Completed: true));
            }
        }
    }

    // Pages from..to of the `named` pages page 1 names, fetched ahead in a window of tasks and handed out in order; the
    // call's gate keeps the requests in flight to its ThrottleLimit, and the window is wider so that a page being
    // parsed or read never idles a slot.
    private async IAsyncEnumerable<CrawledPage<TPage>> NumberedPagesAsync(
        int from, int to, int named, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new Queue<(int Number, Task<TPage> Page)>();
        var next = from;
        try
        {
            while (next <= to || window.Count > 0)
            {
                while (next <= to && window.Count < _call.ThrottleLimit * PrefetchPerRequest)
                {
                    window.Enqueue((next, FetchAsync(_requestFor(next), cancellationToken)));
                    next++;
                }

                var (number, task) = window.Dequeue();
                var page = await LaterPageAsync(task, number, $"page 1 names {named} pages").ConfigureAwait(false);
                if (page is null)
                {
                    yield break;
                }

                yield return new CrawledPage<TPage>(number, to, page);
            }
        }
        finally
        {
            // Abandoned prefetches must not surface as unobserved exceptions.
            foreach (var (_, task) in window)
            {
                _ = task.ContinueWith(static t => t.Exception, TaskScheduler.Default);
            }
        }
    }

    // Only a next link (an "Older" link, no page numbers): each page is read from the address its predecessor
    // names, one after another, as long as that address lies within the collection.
    private async IAsyncEnumerable<CrawledPage<TPage>> NextLinkPagesAsync(
        Pagination pagination, int limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = pagination.CurrentPage;
        while (pagination.NextPath is { } nextPath && number < limit)
        {
            number++;
            var request = NextLinkRequest(nextPath, number);
            var page = await LaterPageAsync(FetchAsync(request, cancellationToken), number, $"page {number - 1} links it")
                .ConfigureAwait(false);
            if (page is null)
            {
                yield break;
            }

            pagination = _paginationOf(page);
            yield return new CrawledPage<TPage>(number, null, page);
        }
    }

    // A next link that leaves the collection (another member's pages, a search) is not followed; the page-number
    // address is asked instead, and the debug stream says so.
    private PageRequest NextLinkRequest(string nextPath, int number)
    {
        var first = _requestFor(1);
        var collection = first.Path.Split('?')[0];
        var within = nextPath.StartsWith(collection, StringComparison.OrdinalIgnoreCase)
            && !nextPath.Contains("..", StringComparison.Ordinal);
        if (within)
        {
            return first with { Path = nextPath };
        }

        var fallback = _requestFor(number);
        _call.Observer.Debug($"next link {nextPath} leaves {collection}; asking {fallback.Path}");
        return fallback;
    }

    // A 404 for a page after the first says the collection is shorter than its pagination claimed, not that the
    // member or film is missing: warn and end there, keeping what was read.
    private async Task<TPage?> LaterPageAsync(Task<TPage> fetch, int number, string reason)
    {
        try
        {
            return await fetch.ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            _call.Observer.Warning($"page {number} of {Activity} was not found although {reason}; stopped there");
            return null;
        }
    }

    // Each page names the next through its cursor; an empty page or no cursor is the end, not drift.
    private async IAsyncEnumerable<CrawledPage<TPage>> CursorPagesAsync(
        TPage first, int limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var previous = first;
        for (var number = 2; number <= limit && NextRequestOf!(previous) is { } request; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var response = await _call.FetchAsync(request, cancellationToken).ConfigureAwait(false);
            previous = _parse(response);
            if (_countOf(previous) == 0)
            {
                yield break;
            }

            yield return new CrawledPage<TPage>(number, null, previous);
        }
    }

    // No pagination shown: page N+1 exists for as long as page N was full.
    private async IAsyncEnumerable<CrawledPage<TPage>> FullPagesAsync(
        int limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var number = 2; number <= limit; number++)
        {
            TPage page;
            try
            {
                page = await FetchAsync(_requestFor(number), cancellationToken).ConfigureAwait(false);
            }
            catch (ResourceNotFoundException)
            {
                yield break;
            }

            var count = _countOf(page);
            if (count == 0)
            {
                yield break;
            }

            yield return new CrawledPage<TPage>(number, null, page);
            if (count < PageSize)
            {
                yield break;
            }
        }
    }

    private async Task<TPage> FetchAsync(PageRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var response = await _call.FetchAsync(request, cancellationToken).ConfigureAwait(false);
        return _parse(response);
    }

    // The paging decision taken after page 1, for the debug stream, e.g. "sampleuser7's films: page 1 holds 72
    // items and names 4 pages; reading pages 2-4, 3 at a time".
    private string Plan(PagingMode mode, Pagination pagination, int firstCount, int last, int limit)
    {
        var start = $"{Activity}: page 1 holds {firstCount} items";
        if (firstCount == 0)
        {
            return start + "; nothing more to read";
        }

        return mode switch
        {
            PagingMode.Cursor => start + "; following the feed's cursor while more is wanted",
            PagingMode.FullPages => start + $" and shows no pagination but is full ({PageSize}); reading on until " +
                "a page is short",
            PagingMode.Numbered when pagination.LastPage <= 1 => start + "; it is the only page",
            PagingMode.Numbered when last < 2 => start + $" and names {pagination.LastPage} pages; page 1 is enough",
            PagingMode.Numbered => start + $" and names {pagination.LastPage} pages; reading pages 2-{last}, " +
                $"{_call.ThrottleLimit} at a time" +
                (last < pagination.LastPage ? " (enough for -First)" : string.Empty),
            _ when pagination.NextPath is null || limit < 2 => start + "; it is the only page needed",
            _ => start + "; following its next links one page at a time",
        };
    }

    private void Report(int page, int? lastPage, int items)
    {
        var status = lastPage is null ? $"page {page}, {items} items" : $"page {page} of {lastPage}, {items} items";
        var percent = lastPage is null ? -1 : (int)(100.0 * page / lastPage.Value);
        _call.Observer.Progress(new CallProgress(Activity, status, percent));
    }

    private enum PagingMode
    {
        Numbered,
        NextLink,
        Cursor,
        FullPages,
    }
}
