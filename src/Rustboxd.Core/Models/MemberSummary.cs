namespace Rustboxd.Models;

/// <summary>How the members of a member table relate to the member or film they were read for.</summary>
public enum MemberRelationship
{
    /// <summary>Members who follow the member.</summary>
    Followers,

    /// <summary>Members the member follows.</summary>
    Following,
}

/// <summary>
/// A member as a member table shows them (followers, following): names, network counts and the counts of
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

    /// <summary>The member whose network this is.</summary>
    public required string RelatedTo { get; init; }

    public required MemberRelationship Relationship { get; init; }

    /// <summary>The page of the table this member came from (1-based).</summary>
    public int Page { get; init; }

    public override string ToString() => UserName;
}
