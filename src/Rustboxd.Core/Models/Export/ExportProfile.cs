namespace Rustboxd.Models;

/// <summary>The export's profile.csv, named like <see cref="Member"/> where the data is the same.</summary>
public sealed class ExportProfile
{
    public required string UserName { get; init; }

    /// <summary>Given and family name together, when the member filled them in.</summary>
    public string? DisplayName { get; init; }

    public string? GivenName { get; init; }

    public string? FamilyName { get; init; }

    public string? EmailAddress { get; init; }

    public string? Location { get; init; }

    public string? Website { get; init; }

    /// <summary>The bio as stored: paragraphs and Letterboxd's own markup kept.</summary>
    public string? Bio { get; init; }

    public string? Pronoun { get; init; }

    /// <summary>The boxd.it addresses of the favourite films, in the profile's order.</summary>
    public IReadOnlyList<Uri> FavouriteFilms { get; init => field = ValueList.From(value); } = ValueList<Uri>.Empty;

    public IsoDate? DateJoined { get; init; }

    public required string File { get; init; }

    public int Line { get; init; }

    public override string ToString() => UserName;
}
