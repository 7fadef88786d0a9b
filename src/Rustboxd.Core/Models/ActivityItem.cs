namespace Rustboxd.Models;

/// <summary>What an activity entry records.</summary>
public enum ActivityKind
{
    /// <summary>Logged a film as watched (a diary entry without a review).</summary>
    Watched,

    /// <summary>Logged a film as watched again.</summary>
    Rewatched,

    /// <summary>Wrote a review (of a watch or a rewatch).</summary>
    Reviewed,

    Rated,

    /// <summary>Liked a film, a review or a list: see LikedKind.</summary>
    Liked,

    /// <summary>Added a film to the watchlist.</summary>
    AddedToWatchlist,

    Followed,

    Commented,

    CreatedList,

    ClonedList,

    /// <summary>An entry whose wording Rustboxd does not know yet; its Description still says what happened.</summary>
    Other,
}

/// <summary>One entry of a member's activity feed.</summary>
public sealed class ActivityItem
{
    /// <summary>The member whose feed this is (not named UserName, for the reason given on MemberFilm).</summary>
    public required string Member { get; init; }

    /// <summary>Letterboxd's id of the entry; the feed pages backwards from it.</summary>
    public required long ActivityId { get; init; }

    public required ActivityKind Kind { get; init; }

    /// <summary>When it happened, as the site states it (UTC).</summary>
    public IsoTimestamp? Date { get; init; }

    /// <summary>The feed's own sentence, e.g. "sampleuser7 liked Sample User 3’s review of Aftersun".</summary>
    public string? Description { get; init; }

    /// <summary>The film the entry is about, when it is about one; binds to Get-LetterboxdFilm.</summary>
    public string? Slug { get; init; }

    public string? Title { get; init; }

    public int? Year { get; init; }

    /// <summary>The rating given, in stars, when the entry shows one.</summary>
    public decimal? Rating { get; init; }

    /// <summary>The review's text, for review entries.</summary>
    public string? ReviewText { get; init; }

    /// <summary>The member the entry points at: the one followed, or whose review or list was liked.</summary>
    public string? TargetMember { get; init; }

    /// <summary>The list the entry is about (created, cloned or liked), by slug.</summary>
    public string? ListSlug { get; init; }

    /// <summary>The address the entry links to, site-relative.</summary>
    public string? TargetPath { get; init; }

    /// <summary>The batch of the feed this entry came from (1-based).</summary>
    public int Page { get; init; }

    public override string ToString() => Description ?? $"{Kind} {Title ?? Slug}";
}
