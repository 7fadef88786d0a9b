using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace Rustboxd.Pipeline;

/// <summary>
/// One listing on the site for one input: told how many items are wanted at most (skip + first, null for all)
/// and where to report the total the site states, it streams the items.
/// </summary>
internal delegate IAsyncEnumerable<T> Listing<out T>(long? maximumItems, Action<int> onStatedTotal,
    CancellationToken cancellationToken);

/// <summary>
/// Applies -Skip, -First and -IncludeTotalCount (SupportsPaging) to one input's collection, read from one or
/// more listings in turn (one per requested rating, say). Asking each listing for no more than is still
/// wanted is what makes -First stop fetching pages. The total is exact only for a single listing that states it.
/// </summary>
internal static class PagedOutput
{
    public static async IAsyncEnumerable<object> ReadAsync<T>(
        PagingParameters? paging,
        IReadOnlyList<Listing<T>> listings,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : notnull
    {
        var skip = paging?.Skip ?? 0;
        var first = paging?.First ?? ulong.MaxValue;
        var wanted = first == ulong.MaxValue ? (long?)null : (long)Math.Min(long.MaxValue, skip + first);
        ulong seen = 0;
        ulong written = 0;
        long? stated = null;

        foreach (var listing in listings)
        {
            if (written >= first)
            {
                break;
            }

            var remaining = wanted is null ? null : wanted - (long)seen;
            await foreach (var item in listing(remaining, total => stated = total, cancellationToken).ConfigureAwait(false))
            {
                if (seen++ < skip)
                {
                    continue;
                }

                if (written++ >= first)
                {
                    break;
                }

                yield return item;
            }
        }

        if (paging?.IncludeTotalCount == true)
        {
            var exact = stated is not null && listings.Count == 1;
            yield return paging.NewTotalCount(exact ? (ulong)stated!.Value : seen, exact ? 1.0 : 0.0);
        }
    }
}
