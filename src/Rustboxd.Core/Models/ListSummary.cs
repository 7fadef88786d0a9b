namespace Rustboxd.Models;

/// <summary>A list as a member's lists index (or liked lists) shows it: enough to name it and to read it.</summary>
public sealed class ListSummary
{
    /// <summary>The member who made the list. Not named UserName, so a list never re-binds a member downstream.</summary>
    public required string Owner { get; init; }

    /// <summary>The list's slug, the part after /list/ in its address.</summary>
    public required string Slug { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public int? FilmCount { get; init; }

    public int? LikeCount { get; init; }

    public int? CommentCount { get; init; }

    public required Uri Url { get; init; }

    /// <summary>Letterboxd's numeric list id, when the page carries it.</summary>
    public long? ListId { get; init; }

    /// <summary>For a liked list, the member whose likes these are; null for the member's own lists.</summary>
    public string? LikedBy { get; init; }

    /// <summary>The page of the index this list came from (1-based).</summary>
    public int Page { get; init; }

    public override string ToString() => Title ?? Slug;
}
