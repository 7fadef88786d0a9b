namespace Rustboxd.Models;

/// <summary>What a liked item in likes/reviews.csv or likes/lists.csv is.</summary>
public enum ExportLikeSubject
{
    Review,
    List,
}

/// <summary>A liked review or list from the export's likes/ folder (liked films are <see cref="ExportFilm"/> rows).</summary>
/// <remarks>No captured export holds these two files; the columns read are those of the other film rows (Date, Name,
/// Year, Letterboxd URI or URL), and any other column is ignored. Replace with the real shape once one is captured.</remarks>
public sealed class ExportLike
{
    public string? Member { get; init; }

    public ExportLikeSubject Subject { get; init; }

    /// <summary>The Name column: the reviewed film, or the list's name.</summary>
    public required string Title { get; init; }

    public int? Year { get; init; }

    public IsoDate? Date { get; init; }

    public Uri? LetterboxdUri { get; init; }

    public ExportStatus Status { get; init; }

    public required string File { get; init; }

    public int Line { get; init; }

    public override string ToString() => $"{Subject}: {Title}";
}
