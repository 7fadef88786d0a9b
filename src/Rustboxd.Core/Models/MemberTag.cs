namespace Rustboxd.Models;

/// <summary>What a member tagged: the four tag pages of a profile.</summary>
public enum TagKind
{
    Films,
    Diary,
    Reviews,
    Lists,
}

/// <summary>A tag a member uses, with how many of their films, diary entries, reviews or lists carry it.</summary>
public sealed class MemberTag
{
    /// <summary>The member whose tag this is (not named UserName, for the reason given on MemberFilm).</summary>
    public required string Member { get; init; }

    public required TagKind Kind { get; init; }

    /// <summary>The tag as the member wrote it.</summary>
    public required string Name { get; init; }

    /// <summary>The tag's slug in its address (/USER/tag/SLUG/...).</summary>
    public required string Slug { get; init; }

    /// <summary>How many items carry it; the page leaves the number out when it is one.</summary>
    public int Count { get; init; }

    /// <summary>The tag's page, site-relative.</summary>
    public string? Path { get; init; }

    public override string ToString() => Name;
}
