using System.Runtime.CompilerServices;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// Letterboxd's search (/s/search/FILTER/QUERY/) for films, members, lists or people, 20 results a page. Page numbers
/// no longer work there: each page's ul[data-cursor] names the next one (?cursor=...), and an empty cursor ends the
/// search (bug-log BL-16), so pages are read one after another until it ends or -First is satisfied.
/// </summary>
public static class SearchReader
{
    /// <summary>Films come as <see cref="FilmListing"/>, members as <see cref="MemberSummary"/>, lists as
    /// <see cref="ListSummary"/>, people as <see cref="PersonSummary"/>.</summary>
    public static async IAsyncEnumerable<object> ReadAsync(
        LetterboxdCall call,
        string query,
        SearchType type,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var text = LetterboxdInput.SearchQuery(query);
        var source = new CollectionSource<object>
        {
            Target = text,
            Name = $"search for {type.ToString().ToLowerInvariant()}s matching '{text}'",
            ItemsName = "results",

            // The cursor, not a page size, says where the results end.
            PageSize = 0,
            RequestFor = _ => new PageRequest(SitePaths.Search(type, text), ResourceKind.Page, text),
            Parse = (html, context) => SearchResultsParser.Parse(html, context, type),
            NextRequest = page => ((SearchResultsPage)page).Cursor is { Length: > 0 } cursor
                ? new PageRequest(SitePaths.Search(type, text, cursor), ResourceKind.Page, text)
                : null,
        };

        var position = 0;
        await foreach (var (item, page) in CollectionReader.ReadAsync(call, source, maximumItems, onStatedTotal,
            cancellationToken).ConfigureAwait(false))
        {
            position++;
            yield return item switch
            {
                FilmListing film => film with { Position = position, Page = page },
                PersonSummary person => person with { Position = position },
                MemberRow member => MemberNetworkReader.Summary(member, relatedTo: null, relationship: null, page),
                ListCard list => MemberListsReader.Summary(call, list, page),
                _ => item,
            };
        }
    }
}
