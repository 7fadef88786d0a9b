namespace Rustboxd.Models;

/// <summary>
/// The jobs a person can hold on Letterboxd, each with its own filmography page (/actor/NAME/, /director/NAME/, ...).
/// The names follow the crew tab of a film page.
/// </summary>
public enum ContributorRole
{
    Actor,
    Director,
    CoDirector,
    AssistantDirector,
    Producer,
    CoProducer,
    ExecutiveProducer,
    Writer,
    OriginalWriter,
    Casting,
    Editor,
    Cinematography,
    CameraOperator,
    AdditionalPhotography,
    ProductionDesign,
    ArtDirection,
    SetDecoration,
    SpecialEffects,
    VisualEffects,
    TitleDesign,
    Stunts,
    Composer,
    Sound,
    CostumeDesign,
    Makeup,
    Hairstyling,
    Studio,
}

/// <summary>One film of a person's filmography in one role, with the character played when the page names it.</summary>
public sealed record FilmographyEntry
{
    /// <summary>The person's slug, the part after /actor/ (or /director/, ...) in the page's address.</summary>
    public required string Person { get; init; }

    /// <summary>The person's name as the page's heading gives it.</summary>
    public string? PersonName { get; init; }

    public required ContributorRole Role { get; init; }

    public required string Slug { get; init; }

    public string? Title { get; init; }

    public int? Year { get; init; }

    /// <summary>
    /// The character, for an actor ("LT. Archie Hicox" in "Inglourious Basterds (2009) as LT. Archie Hicox").
    /// </summary>
    public string? Character { get; init; }

    public long? LetterboxdId { get; init; }

    public string? ShortId { get; init; }

    /// <summary>Where the film stands on the page (1-based).</summary>
    public int Position { get; init; }

    public int Page { get; init; }

    public override string ToString() => Character is null
        ? $"{Title ?? Slug} ({Year})"
        : $"{Title ?? Slug} ({Year}) as {Character}";
}
