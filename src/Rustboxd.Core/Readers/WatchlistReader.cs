using System.Runtime.CompilerServices;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// A member's watchlist (/USER/watchlist/), streamed in page order. A private watchlist answers 403 with
/// Letterboxd's message page, which the session reports as <c>PrivateContentException</c>.
/// </summary>
public static class WatchlistReader
{
    /// <summary>A watchlist page holds 28 posters (7 by 4).</summary>
    public const int PageSize = 28;

    public static async IAsyncEnumerable<WatchlistEntry> ReadAsync(
        LetterboxdCall call,
        string userName,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var name = LetterboxdInput.UserName(userName);
        var source = new CollectionSource<FilmGridEntry>
        {
            Target = name,
            Name = $"{name}'s watchlist",
            ItemsName = "films",
            PageSize = PageSize,
            RequestFor = page => new PageRequest(SitePaths.MemberWatchlist(name, page), ResourceKind.Member, name),
            Parse = WatchlistParser.Parse,
        };

        var position = 0;
        await foreach (var (entry, page) in CollectionReader.ReadAsync(call, source, maximumItems, onStatedTotal,
            cancellationToken).ConfigureAwait(false))
        {
            yield return new WatchlistEntry
            {
                Member = name,
                Position = ++position,
                Slug = entry.Film.Slug,
                Title = entry.Film.Title,
                Year = entry.Film.Year,
                LetterboxdId = entry.Film.LetterboxdId,
                ShortId = entry.Film.ShortId,
                Page = page,
            };
        }
    }
}
