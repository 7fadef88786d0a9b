using System.Runtime.CompilerServices;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>A member's followers or the members they follow, streamed in page order.</summary>
public static class MemberNetworkReader
{
    /// <summary>A member table holds 25 members a page.</summary>
    public const int PageSize = 25;

    public static async IAsyncEnumerable<MemberSummary> ReadAsync(
        LetterboxdCall call,
        string userName,
        MemberRelationship relationship,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var name = LetterboxdInput.UserName(userName);
        LetterboxdInput.Relationship(relationship, ofFilm: false);
        var source = new CollectionSource<MemberRow>
        {
            Target = name,
            Name = relationship == MemberRelationship.Followers ? $"{name}'s followers" : $"members {name} follows",
            ItemsName = "members",
            PageSize = PageSize,
            RequestFor = page => new PageRequest(SitePaths.MemberNetwork(name, relationship, page), ResourceKind.Member, name),
            Parse = MemberTableParser.Parse,
        };

        await foreach (var (row, page) in CollectionReader.ReadAsync(call, source, maximumItems, onStatedTotal,
            cancellationToken).ConfigureAwait(false))
        {
            yield return Summary(row, name, relationship, page);
        }
    }

    /// <summary>A row of a member table as the member it shows, related to a member or a film (or not: a search).</summary>
    internal static MemberSummary Summary(
        MemberRow row, string? relatedTo, MemberRelationship? relationship, int page) =>
        new()
        {
            UserName = row.UserName,
            DisplayName = row.DisplayName,
            FollowerCount = row.FollowerCount,
            FollowingCount = row.FollowingCount,
            FilmCount = row.FilmCount,
            ListCount = row.ListCount,
            LikeCount = row.LikeCount,
            AvatarUrl = row.AvatarUrl,
            RelatedTo = relatedTo,
            Relationship = relationship,
            Page = page,
        };
}
