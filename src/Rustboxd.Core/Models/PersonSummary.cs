namespace Rustboxd.Models;

/// <summary>
/// A person (cast or crew) as search results show them. Their slug is named PersonSlug, not Slug, so a person never
/// binds to Get-LetterboxdFilm -Slug; it binds to Get-LetterboxdFilmography -Person.
/// </summary>
public sealed record PersonSummary
{
    public required string Name { get; init; }

    public required string PersonSlug { get; init; }

    /// <summary>
    /// The role of the page the result links to (Actor, Director, ...); null for a role Rustboxd does not know.
    /// </summary>
    public ContributorRole? Role { get; init; }

    /// <summary>What the result says about the person, such as "Star of 68 films, including ...".</summary>
    public string? Summary { get; init; }

    public required Uri Url { get; init; }

    public int Position { get; init; }

    public override string ToString() => Role is null ? Name : $"{Name} ({Role})";
}
