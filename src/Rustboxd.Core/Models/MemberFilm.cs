namespace Rustboxd.Models;

/// <summary>A film in a member's watched films, with the member's own rating and like.</summary>
public sealed class MemberFilm
{
    /// <summary>The member whose films these are. Deliberately not named UserName: see remarks.</summary>
    /// <remarks>
    /// A property called UserName would make <c>Get-LetterboxdFilm -UserName x | Get-LetterboxdFilm</c>
    /// bind the member again instead of the film's slug.
    /// </remarks>
    public required string Member { get; init; }

    public required string Slug { get; init; }

    public string? Title { get; init; }

    public int? Year { get; init; }

    /// <summary>The member's rating in stars (0.5-5), or null when the film is not rated.</summary>
    public decimal? Rating { get; init; }

    public bool Liked { get; init; }

    /// <summary>True when the grid links the member's review of the film.</summary>
    public bool Reviewed { get; init; }

    public long? LetterboxdId { get; init; }

    /// <summary>The page of the member's films this entry came from (1-based).</summary>
    public int Page { get; init; }

    public override string ToString() => Year is null ? Title ?? Slug : $"{Title ?? Slug} ({Year})";
}
