namespace Rustboxd.Models;

/// <summary>
/// A film as a listing of films shows it: a browse grid (popular, genre, year, decade, service), the similar films of
/// a film, or film search results. Slug binds by property name, so these pipe into Get-LetterboxdFilm.
/// </summary>
public sealed record FilmListing
{
    public required string Slug { get; init; }

    public string? Title { get; init; }

    public int? Year { get; init; }

    /// <summary>The directors, where the listing names them (search results do, browse grids do not).</summary>
    public IReadOnlyList<string> Directors { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>The film's average rating in stars, where the listing shows it (browse grids do).</summary>
    public decimal? AverageRating { get; init; }

    public long? LetterboxdId { get; init; }

    /// <summary>Letterboxd's short id (the boxd.it code), when the page carries it.</summary>
    public string? ShortId { get; init; }

    /// <summary>Where the film stands in the listing (1-based, across pages).</summary>
    public int Position { get; init; }

    /// <summary>The page of the listing this film came from (1-based).</summary>
    public int Page { get; init; }

    public override string ToString() => Year is null ? Title ?? Slug : $"{Title ?? Slug} ({Year})";
}
