using System.Runtime.CompilerServices;
using Rustboxd.Errors;
using Rustboxd.Paging;
using Rustboxd.Parsing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// Everything <see cref="CollectionReader"/> needs to know about one paged collection of one member or film:
/// where its pages are, how to read one, and how many items a full page holds.
/// </summary>
public sealed class CollectionSource<TItem>
{
    /// <summary>The input the collection belongs to (a user name, a slug), the target of its errors.</summary>
    public required string Target { get; init; }

    /// <summary>How messages and the progress bar name it, e.g. "sampleuser7's diary".</summary>
    public required string Name { get; init; }

    /// <summary>What its items are called in messages, e.g. "diary entries".</summary>
    public required string ItemsName { get; init; }

    /// <summary>Items on every page but the last; the fallback rule when a page shows no pagination.</summary>
    public required int PageSize { get; init; }

    /// <summary>The request for page N (1-based).</summary>
    public required Func<int, PageRequest> RequestFor { get; init; }

    /// <summary>Reads one fetched page; notes go to the context.</summary>
    public required Func<string, ParseContext, ICollectionPage<TItem>> Parse { get; init; }

    /// <summary>
    /// For a collection paged by a cursor: the request for the page after the given one, or null at the end.
    /// <see cref="RequestFor"/> then only builds page 1.
    /// </summary>
    public Func<ICollectionPage<TItem>, PageRequest?>? NextRequest { get; init; }
}

/// <summary>
/// Reads a paged collection in page order through <see cref="PageCrawler{TPage}"/> and checks what it parsed
/// against what the page states, so that a markup change is never a silent empty result: nothing read while
/// the page states items is <see cref="MarkupDriftException"/>, fewer than page 1 must hold is a warning.
/// </summary>
public static class CollectionReader
{
    /// <param name="call">The call the requests belong to.</param>
    /// <param name="source">The collection.</param>
    /// <param name="maximumItems">Stop after this many items (skip + first); null for all.</param>
    /// <param name="onStatedTotal">Told the total page 1 states, when it states one.</param>
    /// <param name="cancellationToken">Stops this read alone.</param>
    public static async IAsyncEnumerable<PagedItem<TItem>> ReadAsync<TItem>(
        LetterboxdCall call,
        CollectionSource<TItem> source,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (maximumItems <= 0)
        {
            yield break;
        }

        var crawler = new PageCrawler<ICollectionPage<TItem>>(
            call,
            source.RequestFor,
            response => PageParsing.Parse(call, response, source.Target, source.Name,
                context => source.Parse(response.Body, context)),
            page => page.Pagination,
            page => page.Items.Count)
        {
            Activity = source.Name,
            PageSize = source.PageSize,
            NextRequestOf = source.NextRequest,
        };

        long produced = 0;
        var complete = false;
        var pages = crawler.CrawlAsync(count => complete ? 1 : PagesWanted(maximumItems)(count), cancellationToken);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            if (page.Number == 1)
            {
                CheckFirstPage(call, source, page);
                if (page.Page.StatedTotal is { } total)
                {
                    onStatedTotal?.Invoke(total);
                }

                // A full page without pagination is followed by page 2 (the page-size rule) unless page 1 already
                // holds everything the page states: a list of exactly 100 films is one request (bug-log BL-25).
                complete = !page.Page.Pagination.Shown && page.Page.StatedTotal <= page.Page.Items.Count;
            }

            foreach (var item in page.Page.Items)
            {
                yield return new PagedItem<TItem>(item, page.Number);
                if (++produced >= maximumItems)
                {
                    yield break;
                }
            }
        }
    }

    private static Func<int, int> PagesWanted(long? maximumItems) => firstPageCount =>
        maximumItems is null
            ? int.MaxValue
            : (int)Math.Min(int.MaxValue, (maximumItems.Value + firstPageCount - 1) / firstPageCount);

    // Every page but the last holds the same number of items, so page 1 of N pages holds at least total / N of
    // them (and at most a page's worth); fewer means items were missed.
    private static void CheckFirstPage<TItem>(
        LetterboxdCall call, CollectionSource<TItem> source, CrawledPage<ICollectionPage<TItem>> page)
    {
        var found = page.Page.Items.Count;
        var stated = page.Page.StatedTotal;
        var url = call.Session.ResolveUrl(source.RequestFor(1).Path);
        if (found == 0 && stated > 0)
        {
            throw new MarkupDriftException(
                $"{url.AbsolutePath} states {stated} {source.ItemsName} but none could be read from it: " +
                "Letterboxd's markup has probably changed. Please report it; nothing was returned rather than a wrong " +
                "empty list.",
                source.Target, url, stated.Value, 0);
        }

        // Without a stated total, or with only a next link and no last page, there is nothing to compare.
        if (stated is null || (page.LastPage is null && page.Page.Pagination.NextPath is not null))
        {
            return;
        }

        var pages = Math.Max(1, page.LastPage ?? 1);
        var expected = pages == 1 ? stated.Value : Math.Min(source.PageSize, (stated.Value + pages - 1) / pages);
        if (found < expected)
        {
            call.Observer.Warning(
                $"markup drift: {url.AbsolutePath} should hold at least {expected} of its {stated} {source.ItemsName} " +
                $"but {found} were read");
        }
    }
}

/// <summary>An item of a paged collection and the page it came from (1-based).</summary>
public readonly record struct PagedItem<TItem>(TItem Item, int Page);
