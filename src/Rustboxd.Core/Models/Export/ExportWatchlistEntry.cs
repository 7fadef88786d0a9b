namespace Rustboxd.Models;

/// <summary>A row of the export's watchlist.csv, named like <see cref="WatchlistEntry"/>.</summary>
public sealed class ExportWatchlistEntry
{
    public string? Member { get; init; }

    /// <summary>1-based place in the export's order, which is oldest addition first (the site shows newest first).</summary>
    public int Position { get; init; }

    public required string Title { get; init; }

    public int? Year { get; init; }

    /// <summary>The day the film was added.</summary>
    public IsoDate? Date { get; init; }

    public Uri? LetterboxdUri { get; init; }

    /// <summary>The boxd.it code of the film.</summary>
    public string? ShortId { get; init; }

    public ExportStatus Status { get; init; }

    public required string File { get; init; }

    public int Line { get; init; }

    public override string ToString() => Year is null ? Title : $"{Title} ({Year})";
}
