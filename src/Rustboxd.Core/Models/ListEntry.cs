namespace Rustboxd.Models;

/// <summary>
/// One film of a member's list. The film is flattened (Slug, Title, Year, LetterboxdId), so entries pipe into
/// Get-LetterboxdFilm, which binds their Slug; the list itself is named by Owner and ListSlug.
/// </summary>
public sealed class ListEntry
{
    /// <summary>The member who made the list.</summary>
    public required string Owner { get; init; }

    public required string ListSlug { get; init; }

    /// <summary>The entry's number in a ranked list; null when the list is not ranked.</summary>
    public int? Rank { get; init; }

    /// <summary>The entry's place in the list's order (1-based), ranked or not.</summary>
    public int Position { get; init; }

    /// <summary>The film's slug.</summary>
    public required string Slug { get; init; }

    public string? Title { get; init; }

    public int? Year { get; init; }

    /// <summary>The owner's notes on this entry; only the list's detail view shows them (-IncludeNotes).</summary>
    public string? Notes { get; init; }

    /// <summary>The list owner's own rating of the film in stars (0.5-5), or null when they did not rate it.</summary>
    public decimal? OwnerRating { get; init; }

    public long? LetterboxdId { get; init; }

    /// <summary>The page of the list this entry came from (1-based).</summary>
    public int Page { get; init; }

    public override string ToString()
    {
        var film = Year is null ? Title ?? Slug : $"{Title ?? Slug} ({Year})";
        return Rank is null ? film : $"{Rank}. {film}";
    }
}
