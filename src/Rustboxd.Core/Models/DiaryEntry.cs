using System.Globalization;
using Rustboxd.Formatting;

namespace Rustboxd.Models;

/// <summary>One row of a member's diary: a film the member logged on a date, with that viewing's marks.</summary>
/// <remarks>
/// There is no runtime: the diary row stopped carrying it in 2025, and fetching every film's page for it would
/// cost one request per entry. Pipe the entries into Get-LetterboxdFilm when runtimes are wanted.
/// </remarks>
public sealed class DiaryEntry
{
    /// <summary>The member whose diary this is (not UserName, for the reason <see cref="MemberFilm"/> gives).</summary>
    public required string Member { get; init; }

    /// <summary>The day the member watched the film (date only, no time zone).</summary>
    public required IsoDate WatchedDate { get; init; }

    public required string Slug { get; init; }

    public string? Title { get; init; }

    public int? Year { get; init; }

    /// <summary>The member's rating of this viewing in stars (0.5-5), or null when it is not rated.</summary>
    public decimal? Rating { get; init; }

    /// <summary>True when the member marked the viewing as a rewatch.</summary>
    public bool Rewatch { get; init; }

    public bool Liked { get; init; }

    /// <summary>True when the row links a review of this viewing.</summary>
    public bool Reviewed { get; init; }

    /// <summary>The review's address when the row links one, e.g. https://letterboxd.com/USER/film/SLUG/2/.</summary>
    public Uri? ReviewUrl { get; init; }

    /// <summary>The entry's tags where the page shows them, else empty (no captured diary table shows them).</summary>
    public IReadOnlyList<string> Tags { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>Letterboxd's id of this viewing (the row's data-viewing-id), when the row carries it.</summary>
    public long? ViewingId { get; init; }

    /// <summary>Letterboxd's numeric film id, when the page carries it.</summary>
    public long? LetterboxdId { get; init; }

    /// <summary>The page of the diary this entry came from (1-based).</summary>
    public int Page { get; init; }

    /// <summary>The review's text. Only the RSS feed carries it; the diary page links the review (ReviewUrl).</summary>
    public string? ReviewText { get; init; }

    /// <summary>True when the member marked the review as containing spoilers (RSS feed only).</summary>
    public bool ContainsSpoilers { get; init; }

    /// <summary>The film's TMDB id (a movie's, or a show's), where the RSS feed carries it.</summary>
    public long? TmdbId { get; init; }

    /// <summary>"2025-12-14 The Holdovers (2023) ★★★★★ ♥ rewatch", in the order of the diary's columns.</summary>
    public override string ToString()
    {
        var film = Year is null ? Title ?? Slug : $"{Title ?? Slug} ({Year})";
        var parts = new List<string> { WatchedDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), film };
        if (Rating is not null)
        {
            parts.Add(Stars.Of(Rating));
        }

        if (Liked)
        {
            parts.Add("♥");
        }

        if (Rewatch)
        {
            parts.Add("rewatch");
        }

        if (Reviewed)
        {
            parts.Add("review");
        }

        return string.Join(' ', parts);
    }
}
