using System.Runtime.CompilerServices;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>The lists that contain a film, most popular first (/film/SLUG/lists/by/popular/), 12 a page.</summary>
public static class FilmListsReader
{
    public static async IAsyncEnumerable<ListSummary> ReadAsync(
        LetterboxdCall call,
        string slug,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var film = LetterboxdInput.FilmSlug(slug);
        var source = new CollectionSource<ListCard>
        {
            Target = film,
            Name = $"lists containing {film}",
            ItemsName = "lists",
            PageSize = MemberListsReader.PageSize,
            RequestFor = page => new PageRequest(SitePaths.FilmLists(film, page), ResourceKind.Film, film),
            Parse = ListSummaryParser.Parse,
        };

        var cards = CollectionReader.ReadAsync(call, source, maximumItems, onStatedTotal, cancellationToken);
        await foreach (var (card, page) in cards.ConfigureAwait(false))
        {
            yield return MemberListsReader.Summary(call, card, page);
        }
    }
}
