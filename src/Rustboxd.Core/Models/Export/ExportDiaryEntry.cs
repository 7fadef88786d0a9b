using System.Globalization;

namespace Rustboxd.Models;

/// <summary>
/// A row of the export's diary.csv. Its properties carry the names of <see cref="DiaryEntry"/> (Member, WatchedDate,
/// Title, Year, Rating, Rewatch, Tags), so a script written for Get-LetterboxdDiary reads it unchanged.
/// </summary>
/// <remarks>
/// The export names films, not slugs: there is no Slug, and LetterboxdUri (a boxd.it short link to the diary entry)
/// is what identifies the entry. The export has no like column, so there is no Liked either.
/// </remarks>
public sealed class ExportDiaryEntry
{
    /// <summary>The account the export belongs to (profile.csv's Username, else the zip's name); null when unknown.</summary>
    public string? Member { get; init; }

    /// <summary>The day the member watched the film; null when the row leaves it blank.</summary>
    public IsoDate? WatchedDate { get; init; }

    /// <summary>The film's name (the Name column).</summary>
    public required string Title { get; init; }

    public int? Year { get; init; }

    /// <summary>The rating in stars (0.5-5), or null when the entry is not rated.</summary>
    public decimal? Rating { get; init; }

    public bool Rewatch { get; init; }

    public IReadOnlyList<string> Tags { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>The day the entry was logged (the Date column).</summary>
    public IsoDate? LoggedDate { get; init; }

    /// <summary>The entry's boxd.it address as the export gives it; null when blank (orphaned entries).</summary>
    public Uri? LetterboxdUri { get; init; }

    public ExportStatus Status { get; init; }

    /// <summary>The file inside the export (diary.csv, deleted/diary.csv) and the line the row starts on.</summary>
    public required string File { get; init; }

    public int Line { get; init; }

    public override string ToString()
    {
        var date = WatchedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "????-??-??";
        return Year is null ? $"{date} {Title}" : $"{date} {Title} ({Year})";
    }
}
