using System.Runtime.CompilerServices;
using Rustboxd.Errors;
using Rustboxd.Paging;
using Rustboxd.Parsing;
using Rustboxd.Routing;
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

    /// <summary>
    /// When page 1 of a member's page answers 404, ask the member's profile whether the member exists, so that a
    /// missing page of a real member is not reported as a missing member. Off where a reader tries another
    /// address after a 404 (the diary's two addresses).
    /// </summary>
    public bool ConfirmMemberWhenMissing { get; init; } = true;

    /// <summary>The member whose pages these are; by default the target of a member page's request.</summary>
    public string? Owner { get; init; }

    /// <summary>What a 404 of page 1 means once the owner's profile has answered; by default LetterboxdPageNotFound.</summary>
    public Func<ResourceNotFoundException, ResourceNotFoundException>? MissingOfExistingOwner { get; init; }

    /// <summary>The member whose profile tells a missing member from a missing page, or null when none does.</summary>
    internal string? OwnerToConfirm()
    {
        var first = RequestFor(1);
        var owner = Owner ?? (first.Kind == ResourceKind.Member ? first.Target : null);
        return ConfirmMemberWhenMissing && owner is not null && first.Path != SitePaths.Member(owner) ? owner : null;
    }
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

        var items = ReadCheckedAsync(call, source, maximumItems, onStatedTotal, cancellationToken);
        var enumerator = items.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            // A yield cannot sit inside a try with a catch, so the 404 of page 1 is caught around MoveNext.
            var more = false;
            try
            {
                more = await enumerator.MoveNextAsync().ConfigureAwait(false);
            }
            catch (ResourceNotFoundException missing) when (source.OwnerToConfirm() is { } owner)
            {
                throw await ExplainMissingAsync(call, source, owner, missing, cancellationToken).ConfigureAwait(false);
            }

            while (more)
            {
                yield return enumerator.Current;
                more = await enumerator.MoveNextAsync().ConfigureAwait(false);
            }
        }
    }

    // A member's page answers 404 both when the member does not exist and when the member has no such page; the
    // profile tells which (one request, often a cache hit): it throws LetterboxdMemberNotFound for the first.
    private static async Task<ResourceNotFoundException> ExplainMissingAsync<TItem>(
        LetterboxdCall call, CollectionSource<TItem> source, string owner, ResourceNotFoundException missing,
        CancellationToken cancellationToken)
    {
        var profile = new PageRequest(SitePaths.Member(owner), ResourceKind.Member, owner);
        await call.FetchAsync(profile, cancellationToken).ConfigureAwait(false);
        if (source.MissingOfExistingOwner is { } explain)
        {
            return explain(missing);
        }

        var path = missing.Url?.AbsolutePath ?? source.RequestFor(1).Path;
        return new ResourceNotFoundException(
            ErrorIds.PageNotFound,
            $"{path} answered 404 although {owner}'s profile exists: Letterboxd has no such page of {source.Name}. " +
            "Check the filters given (a rating, a year, a genre), or whether the member has hidden or moved it.",
            source.Target,
            missing.Url ?? call.Session.ResolveUrl(path));
    }

    private static async IAsyncEnumerable<PagedItem<TItem>> ReadCheckedAsync<TItem>(
        LetterboxdCall call,
        CollectionSource<TItem> source,
        long? maximumItems,
        Action<int>? onStatedTotal,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
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
        var firstPageCount = 0;
        var pages = crawler.CrawlAsync(count => complete ? 1 : PagesWanted(maximumItems)(count), cancellationToken);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            if (page.Number == 1)
            {
                firstPageCount = page.Page.Items.Count;
                CheckFirstPage(call, source, page);
                if (page.Page.StatedTotal is { } total)
                {
                    onStatedTotal?.Invoke(total);
                }

                // A full page without pagination is followed by page 2 (the page-size rule) unless page 1 already
                // holds everything the page states: a list of exactly 100 films is one request (bug-log BL-25).
                complete = !page.Page.Pagination.Shown && page.Page.StatedTotal <= page.Page.Items.Count;
            }
            else if (source.NextRequest is null)
            {
                CheckLaterPage(call, source, page, firstPageCount);
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

        // A page that only links the next one (followers, liked films) states no page count, but a page followed by
        // another is full.
        if (page.LastPage is null && page.Page.Pagination.NextPath is not null)
        {
            if (source.NextRequest is null && found < source.PageSize)
            {
                WarnDrift(call, url, $"is followed by another page, so it should hold {source.PageSize}", source, found);
            }

            return;
        }

        if (stated is null)
        {
            return;
        }

        var pages = Math.Max(1, page.LastPage ?? 1);
        var expected = pages == 1 ? stated.Value : Math.Min(source.PageSize, (stated.Value + pages - 1) / pages);
        if (found < expected)
        {
            WarnDrift(call, url, $"should hold at least {expected} of its {stated}", source, found);
        }
    }

    // Every page before the last holds as many items as page 1.
    private static void CheckLaterPage<TItem>(
        LetterboxdCall call, CollectionSource<TItem> source, CrawledPage<ICollectionPage<TItem>> page, int firstPageCount)
    {
        var found = page.Page.Items.Count;
        var followed = page.Number < page.LastPage || (page.LastPage is null && page.Page.Pagination.NextPath is not null);
        var expected = page.LastPage is null ? source.PageSize : firstPageCount;
        if (followed && found > 0 && found < expected)
        {
            var url = call.Session.ResolveUrl(source.RequestFor(page.Number).Path);
            WarnDrift(call, url, $"is followed by another page, so it should hold {expected}", source, found);
        }
    }

    private static void WarnDrift<TItem>(
        LetterboxdCall call, Uri url, string expectation, CollectionSource<TItem> source, int found) =>
        call.Observer.Warning(
            $"markup drift: {url.AbsolutePath} {expectation} {source.ItemsName} but {found} were read");
}

/// <summary>An item of a paged collection and the page it came from (1-based).</summary>
public readonly record struct PagedItem<TItem>(TItem Item, int Page);
