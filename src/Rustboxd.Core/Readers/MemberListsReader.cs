using System.Runtime.CompilerServices;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// A member's lists index (/USER/lists/) or the lists they liked (/USER/likes/lists/), streamed in page order.
/// A 404 means the member does not exist; a member without lists gets an empty page and nothing is returned.
/// </summary>
public static class MemberListsReader
{
    /// <summary>Letterboxd shows 12 list cards a page.</summary>
    public const int PageSize = 12;

    /// <param name="call">The call the requests belong to.</param>
    /// <param name="userName">The member.</param>
    /// <param name="liked">Read the lists the member liked instead of their own.</param>
    /// <param name="maximumItems">Stop after this many lists (skip + first); null for all.</param>
    /// <param name="onStatedTotal">Told the total the first page states, when it states one.</param>
    /// <param name="cancellationToken">Stops this read alone.</param>
    public static async IAsyncEnumerable<ListSummary> ReadAsync(
        LetterboxdCall call,
        string userName,
        bool liked = false,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var name = LetterboxdInput.UserName(userName);
        var source = new CollectionSource<ListCard>
        {
            Target = name,
            Name = liked ? $"{name}'s liked lists" : $"{name}'s lists",
            ItemsName = "lists",
            PageSize = PageSize,
            RequestFor = page => new PageRequest(
                liked ? SitePaths.MemberLikedLists(name, page) : SitePaths.MemberLists(name, page),
                ResourceKind.Member,
                name),
            Parse = ListSummaryParser.Parse,
        };

        var cards = CollectionReader.ReadAsync(call, source, maximumItems, onStatedTotal, cancellationToken);
        await foreach (var (card, page) in cards.ConfigureAwait(false))
        {
            yield return Summary(call, card, page, likedBy: liked ? name : null);
        }
    }

    /// <summary>A list card as the list it shows.</summary>
    internal static ListSummary Summary(LetterboxdCall call, ListCard card, int page, string? likedBy = null) => new()
    {
        Owner = card.Owner,
        Slug = card.Slug,
        Title = card.Title,
        Description = card.Description,
        FilmCount = card.FilmCount,
        LikeCount = card.LikeCount,
        CommentCount = card.CommentCount,
        Url = call.Session.ResolveUrl(SitePaths.List(card.Owner, card.Slug)),
        ListId = card.ListId,
        LikedBy = likedBy,
        Page = page,
    };
}
