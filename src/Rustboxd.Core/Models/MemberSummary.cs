namespace Rustboxd.Models;

/// <summary>How the members of a member table relate to the member or film they were read for.</summary>
public enum MemberRelationship
{
    /// <summary>Members who follow the member.</summary>
    Followers,

    /// <summary>Members the member follows.</summary>
    Following,

    /// <summary>Members who have the film among their four favourites (/film/SLUG/fans/).</summary>
    Fans,

    /// <summary>Members who have watched the film (/film/SLUG/members/).</summary>
    Watchers,
}

/// <summary>
/// A member as a member table shows them (followers, following, a film's fans and watchers, search results): names, network counts and the counts of
/// their films, lists and likes. UserName binds by property name, so these pipe into Get-LetterboxdUser.
/// </summary>
public sealed class MemberSummary
{
    public required string UserName { get; init; }

    public string? DisplayName { get; init; }

    public int? FollowerCount { get; init; }

    public int? FollowingCount { get; init; }

    /// <summary>Films the member has watched, as the table's Watched column shows.</summary>
    public int? FilmCount { get; init; }

    public int? ListCount { get; init; }

    public int? LikeCount { get; init; }

    public string? AvatarUrl { get; init; }

    /// <summary>The member whose network this is, or the film's slug for its fans and watchers; null in search results.</summary>
    public string? RelatedTo { get; init; }

    /// <summary>How the member relates to <see cref="RelatedTo"/>; null in search results.</summary>
    public MemberRelationship? Relationship { get; init; }

    /// <summary>The page of the table this member came from (1-based).</summary>
    public int Page { get; init; }

    public override string ToString() => UserName;
}
