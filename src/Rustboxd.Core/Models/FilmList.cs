namespace Rustboxd.Models;

/// <summary>One member's list with its details and every one of its entries, from every page.</summary>
public sealed class FilmList
{
    /// <summary>The member who made the list.</summary>
    public required string Owner { get; init; }

    public required string Slug { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Tags { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>When the list was first published (date only).</summary>
    public IsoDate? Published { get; init; }

    /// <summary>When the list was last changed (date only); null when it never was.</summary>
    public IsoDate? Updated { get; init; }

    /// <summary>The number of films the list says it holds.</summary>
    public int? FilmCount { get; init; }

    /// <summary>True when the owner numbered the list; its entries then carry a Rank.</summary>
    public bool Ranked { get; init; }

    public long? ListId { get; init; }

    public int? LikeCount { get; init; }

    public int? CommentCount { get; init; }

    public required Uri Url { get; init; }

    /// <summary>Every entry that could be read, in list order.</summary>
    public IReadOnlyList<ListEntry> Entries
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList<ListEntry>.Empty;

    public override string ToString() => Title ?? Slug;
}
