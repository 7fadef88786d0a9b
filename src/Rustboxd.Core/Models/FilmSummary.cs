namespace Rustboxd.Models;

/// <summary>A film as a poster shows it: enough to name it and to ask for its details.</summary>
public sealed class FilmSummary
{
    public required string Slug { get; init; }

    public string? Title { get; init; }

    public int? Year { get; init; }

    /// <summary>Letterboxd's numeric film id, when the page carries it.</summary>
    public long? LetterboxdId { get; init; }

    /// <summary>Letterboxd's short id (the boxd.it code), when the page carries it.</summary>
    public string? ShortId { get; init; }

    public override string ToString() => Year is null ? Title ?? Slug : $"{Title ?? Slug} ({Year})";
}
