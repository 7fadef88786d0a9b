namespace Rustboxd.Models;

/// <summary>
/// A row of the export's reviews.csv, named like <see cref="Review"/>: Member, Title, Year, Rating, Date, Kind, Text.
/// </summary>
public sealed class ExportReview
{
    public string? Member { get; init; }

    public required string Title { get; init; }

    public int? Year { get; init; }

    public decimal? Rating { get; init; }

    /// <summary>As on the site: the day watched when the review belongs to a diary entry, else the day it was logged.</summary>
    public IsoDate? Date { get; init; }

    /// <summary>Rewatched or Watched when the row has a watched date, Added when it has none.</summary>
    public ReviewKind Kind { get; init; }

    /// <summary>The review's text, line breaks and paragraphs as the member wrote them (the export keeps its markup).</summary>
    public string? Text { get; init; }

    public bool Rewatch { get; init; }

    public IsoDate? WatchedDate { get; init; }

    public IsoDate? LoggedDate { get; init; }

    public IReadOnlyList<string> Tags { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    public Uri? LetterboxdUri { get; init; }

    public ExportStatus Status { get; init; }

    public required string File { get; init; }

    public int Line { get; init; }

    public override string ToString() => Year is null ? Title : $"{Title} ({Year})";
}
