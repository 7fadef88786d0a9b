using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Parsing.Extractors;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// One member's list (/USER/list/SLUG/), read page by page through <see cref="CollectionReader"/>: as a stream of
/// entries (<see cref="ReadEntriesAsync"/>, which stops fetching once it has enough), or whole, with the list's
/// details (<see cref="GetListAsync"/>). A 404 is told apart: an unknown member is MemberNotFound, an unknown list
/// of a real member is ListNotFound.
/// </summary>
public static class ListReader
{
    /// <summary>Letterboxd shows 100 entries a list page.</summary>
    public const int PageSize = 100;

    /// <summary>The list with every entry of every page, in list order.</summary>
    /// <param name="call">The call the requests belong to.</param>
    /// <param name="userName">The list's owner.</param>
    /// <param name="listSlug">The list's slug.</param>
    /// <param name="includeNotes">Read the detail view, which shows each entry's notes.</param>
    /// <param name="cancellationToken">Stops this read alone.</param>
    public static async Task<FilmList> GetListAsync(
        LetterboxdCall call, string userName, string listSlug, bool includeNotes = false,
        CancellationToken cancellationToken = default)
    {
        var read = new ListRead(LetterboxdInput.UserName(userName), LetterboxdInput.ListSlug(listSlug), includeNotes);
        var entries = new List<ListEntry>();
        await foreach (var entry in ReadAsync(call, read, null, null, cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entry);
        }

        var header = read.Header ?? new ListHeader();
        var (owner, slug) = read.OwnerAndSlug;
        return new FilmList
        {
            Owner = owner,
            Slug = slug,
            Title = header.Title,
            Description = header.Description,
            Tags = header.Tags,
            Published = header.Published,
            Updated = header.Updated,
            FilmCount = header.FilmCount,
            Ranked = read.Ranked,
            ListId = header.ListId,
            LikeCount = header.LikeCount,
            CommentCount = header.CommentCount,
            Url = call.Session.ResolveUrl(SitePaths.List(owner, slug)),
            Entries = entries,
        };
    }

    /// <summary>The list's entries in list order, streamed; stops fetching pages once it has enough.</summary>
    /// <param name="call">The call the requests belong to.</param>
    /// <param name="userName">The list's owner.</param>
    /// <param name="listSlug">The list's slug.</param>
    /// <param name="maximumItems">Stop after this many entries (skip + first); null for all.</param>
    /// <param name="onStatedTotal">Told the list's film count, when page 1 states it.</param>
    /// <param name="cancellationToken">Stops this read alone.</param>
    /// <param name="includeNotes">Read the detail view, which shows each entry's notes.</param>
    public static IAsyncEnumerable<ListEntry> ReadEntriesAsync(
        LetterboxdCall call,
        string userName,
        string listSlug,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        CancellationToken cancellationToken = default,
        bool includeNotes = false)
    {
        var read = new ListRead(LetterboxdInput.UserName(userName), LetterboxdInput.ListSlug(listSlug), includeNotes);
        return ReadAsync(call, read, maximumItems, onStatedTotal, cancellationToken);
    }

    private static async IAsyncEnumerable<ListEntry> ReadAsync(
        LetterboxdCall call,
        ListRead read,
        long? maximumItems,
        Action<int>? onStatedTotal,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var source = new CollectionSource<ListPageEntry>
        {
            Target = read.Slug,
            Name = $"{read.Owner}'s list {read.Slug}",
            ItemsName = "films",
            PageSize = PageSize,
            RequestFor = page => new PageRequest(
                SitePaths.List(read.Owner, read.Slug, page, read.Detail), ResourceKind.List, read.Slug),
            Parse = read.Parse,

            // A list address answers 404 both for a member who does not exist and for a real member's missing list.
            Owner = read.Owner,
            MissingOfExistingOwner = missing => new ResourceNotFoundException(
                ErrorIds.ListNotFound,
                $"{read.Owner} has no list '{read.Slug}' ({missing.Url?.AbsolutePath} answered 404, while the member's " +
                $"profile exists). Check the slug, the part after /list/ in the list's address: Get-LetterboxdList " +
                $"{read.Owner} shows the member's lists with their slugs.",
                read.Slug,
                missing.Url ?? call.Session.ResolveUrl(SitePaths.List(read.Owner, read.Slug))),
        };

        var entries = CollectionReader.ReadAsync(call, source, maximumItems, onStatedTotal, cancellationToken);
        await foreach (var (entry, page) in entries.ConfigureAwait(false))
        {
            yield return read.Entry(entry, page);
        }
    }

    /// <summary>
    /// The state of one read: the header of page 1, whether any page is ranked, and how many items each page held,
    /// so that an entry's position stays right even when an earlier entry could not be read. Pages are parsed on
    /// worker threads, so the counts are concurrent; each page is parsed before it is handed out.
    /// </summary>
    private sealed class ListRead(string owner, string slug, bool detail)
    {
        private readonly ConcurrentDictionary<int, int> _itemsOnPage = new();
        private volatile bool _ranked;

        public string Owner { get; } = owner;

        public string Slug { get; } = slug;

        public bool Detail { get; } = detail;

        public ListHeader? Header { get; private set; }

        public bool Ranked => _ranked;

        /// <summary>The owner and slug of the address page 1 came from, which follows a list that moved.</summary>
        public (string Owner, string Slug) OwnerAndSlug => Header?.Canonical ?? (Owner, Slug);

        public ListPage Parse(string html, ParseContext context)
        {
            var page = ListPageParser.Parse(html, context);
            var number = Pagination.PageOf(context.Url.AbsolutePath);
            _itemsOnPage[number] = page.ItemCount;
            _ranked |= page.Ranked;
            if (number == 1)
            {
                Header = page.Header;
            }

            return page;
        }

        public ListEntry Entry(ListPageEntry entry, int page)
        {
            var before = Enumerable.Range(1, page - 1).Sum(p => _itemsOnPage.GetValueOrDefault(p, PageSize));
            var position = before + entry.IndexOnPage;
            var (owner, slug) = OwnerAndSlug;
            return new ListEntry
            {
                Owner = owner,
                ListSlug = slug,
                Rank = _ranked ? entry.Rank ?? position : null,
                Position = position,
                Slug = entry.Film.Slug,
                Title = entry.Film.Title,
                Year = entry.Film.Year,
                Notes = entry.Notes,
                OwnerRating = entry.OwnerRating,
                LetterboxdId = entry.Film.LetterboxdId,
                Page = page,
            };
        }
    }
}
