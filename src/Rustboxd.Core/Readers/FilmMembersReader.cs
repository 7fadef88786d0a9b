using System.Runtime.CompilerServices;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// A film's fans (/film/SLUG/fans/) or the members who watched it (/film/SLUG/members/), streamed in page order from
/// the same member tables as a member's followers. A 404 means the film does not exist.
/// </summary>
public static class FilmMembersReader
{
    public static async IAsyncEnumerable<MemberSummary> ReadAsync(
        LetterboxdCall call,
        string slug,
        MemberRelationship relationship,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var film = LetterboxdInput.FilmSlug(slug);
        var kind = LetterboxdInput.Relationship(relationship, ofFilm: true);
        var source = new CollectionSource<MemberRow>
        {
            Target = film,
            Name = kind == MemberRelationship.Fans ? $"fans of {film}" : $"members who watched {film}",
            ItemsName = "members",
            PageSize = MemberNetworkReader.PageSize,
            RequestFor = page => new PageRequest(SitePaths.FilmMembers(film, kind, page), ResourceKind.Film, film),
            Parse = MemberTableParser.Parse,
        };

        await foreach (var (row, page) in CollectionReader.ReadAsync(call, source, maximumItems, onStatedTotal,
            cancellationToken).ConfigureAwait(false))
        {
            yield return MemberNetworkReader.Summary(row, film, kind, page);
        }
    }
}
