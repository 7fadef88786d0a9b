namespace Rustboxd.Models;

/// <summary>
/// One list of the export's lists/ folder, named like <see cref="FilmList"/> (Owner, Slug, Title, Description, Tags,
/// Published, FilmCount, Url, Entries).
/// </summary>
public sealed class ExportList
{
    public string? Owner { get; init; }

    /// <summary>The list's slug: the export names each list's file after it (lists/SLUG.csv).</summary>
    public required string Slug { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Tags { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>The list's Date column (date only).</summary>
    public IsoDate? Published { get; init; }

    /// <summary>The list's boxd.it address.</summary>
    public Uri? Url { get; init; }

    public int FilmCount => Entries.Count;

    public IReadOnlyList<ExportListEntry> Entries
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList<ExportListEntry>.Empty;

    /// <summary>The format line at the top of the file, e.g. "Letterboxd list export v7".</summary>
    public string? Format { get; init; }

    public ExportStatus Status { get; init; }

    public required string File { get; init; }

    public override string ToString() => Title ?? Slug;
}

/// <summary>One film of an exported list, named like <see cref="ListEntry"/>.</summary>
public sealed class ExportListEntry
{
    public string? Owner { get; init; }

    public required string ListSlug { get; init; }

    /// <summary>The Position column; the list's own order.</summary>
    public int? Position { get; init; }

    public required string Title { get; init; }

    public int? Year { get; init; }

    /// <summary>The film's boxd.it address.</summary>
    public Uri? LetterboxdUri { get; init; }

    /// <summary>The owner's notes on the entry (the entry's Description column).</summary>
    public string? Notes { get; init; }

    public int Line { get; init; }

    public override string ToString()
    {
        var film = Year is null ? Title : $"{Title} ({Year})";
        return Position is null ? film : $"{Position}. {film}";
    }
}
