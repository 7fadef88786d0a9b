namespace Rustboxd.Models;

/// <summary>A film on a member's watchlist, in the order the watchlist page shows it.</summary>
public sealed class WatchlistEntry
{
    /// <summary>The member whose watchlist this is (not named UserName, for the reason given on MemberFilm).</summary>
    public required string Member { get; init; }

    /// <summary>1-based place in the watchlist as the site orders it (newest addition first by default).</summary>
    public required int Position { get; init; }

    public required string Slug { get; init; }

    public string? Title { get; init; }

    public int? Year { get; init; }

    public long? LetterboxdId { get; init; }

    /// <summary>Letterboxd's short id (the boxd.it code), when the page carries it.</summary>
    public string? ShortId { get; init; }

    /// <summary>The watchlist page this entry came from (1-based).</summary>
    public int Page { get; init; }

    public override string ToString() => Year is null ? Title ?? Slug : $"{Title ?? Slug} ({Year})";
}
