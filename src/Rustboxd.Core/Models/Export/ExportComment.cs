namespace Rustboxd.Models;

/// <summary>A row of the export's comments.csv: a comment the member left on a review or a list.</summary>
/// <remarks>No captured export holds comments.csv; the columns read are Date, Content (the address of what was
/// commented on) and Comment, and any other column is ignored.</remarks>
public sealed class ExportComment
{
    public string? Member { get; init; }

    public IsoDate? Date { get; init; }

    /// <summary>The comment's text.</summary>
    public required string Text { get; init; }

    /// <summary>The address of the review or list commented on (the Content column), when it is an address.</summary>
    public Uri? Url { get; init; }

    public ExportStatus Status { get; init; }

    public required string File { get; init; }

    public int Line { get; init; }

    public override string ToString() => Text.Length <= 60 ? Text : string.Concat(Text.AsSpan(0, 57), "...");
}
