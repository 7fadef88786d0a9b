namespace Rustboxd.Models;

/// <summary>
/// A film in the export's ratings.csv, watched.csv or likes/films.csv, named like <see cref="MemberFilm"/> (what
/// Get-LetterboxdFilm -UserName returns): Member, Title, Year, Rating, Liked.
/// </summary>
public sealed class ExportFilm
{
    public string? Member { get; init; }

    public required string Title { get; init; }

    public int? Year { get; init; }

    /// <summary>The rating in stars (0.5-5): set for ratings.csv rows, null elsewhere.</summary>
    public decimal? Rating { get; init; }

    /// <summary>True for the rows of likes/films.csv.</summary>
    public bool Liked { get; init; }

    /// <summary>The day the film was rated, marked watched or liked (the Date column).</summary>
    public IsoDate? Date { get; init; }

    /// <summary>The film's boxd.it address.</summary>
    public Uri? LetterboxdUri { get; init; }

    /// <summary>The boxd.it code of the film (as <see cref="WatchlistEntry.ShortId"/>).</summary>
    public string? ShortId { get; init; }

    /// <summary>Ratings, Watched or Likes: the file the row comes from.</summary>
    public ExportKind Kind { get; init; }

    public ExportStatus Status { get; init; }

    public required string File { get; init; }

    public int Line { get; init; }

    public override string ToString() => Year is null ? Title : $"{Title} ({Year})";
}
