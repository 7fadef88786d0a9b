namespace Rustboxd.Models;

/// <summary>What the member did when the review was logged, as the page says before the date.</summary>
public enum ReviewKind
{
    /// <summary>Watched and logged in the diary on that date.</summary>
    Watched,

    /// <summary>Watched again, logged in the diary as a rewatch.</summary>
    Rewatched,

    /// <summary>Reviewed without a diary date; the date is when the review was added.</summary>
    Added,
}

/// <summary>A member's review of a film, with its full text.</summary>
public sealed class Review
{
    /// <summary>The member who wrote the review. Named Member, not UserName: see remarks.</summary>
    /// <remarks>
    /// A property called UserName would make a review piped into Get-LetterboxdFilm bind the member instead of
    /// the film's slug.
    /// </remarks>
    public required string Member { get; init; }

    /// <summary>The film's slug.</summary>
    public required string Slug { get; init; }

    public string? Title { get; init; }

    /// <summary>The film's release year.</summary>
    public int? Year { get; init; }

    /// <summary>The author's rating in stars (0.5-5), or null when the review carries none.</summary>
    public decimal? Rating { get; init; }

    /// <summary>The date the page shows for the log: the diary date, or the day the review was added.</summary>
    public IsoDate? Date { get; init; }

    /// <summary>Watched, Rewatched or Added; null when the page does not say.</summary>
    public ReviewKind? Kind { get; init; }

    /// <summary>The whole text, paragraphs separated by a blank line, without markup; null when the page shows none.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// True when Text is the shortened text of the list page, because the full text could not be fetched
    /// (a warning said why).
    /// </summary>
    public bool TextTruncated { get; init; }

    public bool ContainsSpoilers { get; init; }

    /// <summary>How many members liked the review, where the page shows it.</summary>
    public int? LikeCount { get; init; }

    /// <summary>
    /// How many comments the review has: the page's count, 0 when its reactions strip has no comment link (Letterboxd
    /// draws one only for reviews with comments), null on older markup that shows neither.
    /// </summary>
    public int? CommentCount { get; init; }

    /// <summary>The review's own page (/member/film/slug/, with a number after the first review of a film).</summary>
    public Uri? Url { get; init; }

    /// <summary>Letterboxd's id of the log entry the review belongs to (viewing:N).</summary>
    public long? ViewingId { get; init; }

    /// <summary>Letterboxd's numeric film id, when the page carries it.</summary>
    public long? LetterboxdId { get; init; }

    /// <summary>For reviews read with -Liked, the member whose likes they are; otherwise null.</summary>
    public string? LikedBy { get; init; }

    /// <summary>The page of the listing this review came from (1-based).</summary>
    public int Page { get; init; }

    public override string ToString() =>
        Year is null ? $"{Title ?? Slug} by {Member}" : $"{Title ?? Slug} ({Year}) by {Member}";
}
