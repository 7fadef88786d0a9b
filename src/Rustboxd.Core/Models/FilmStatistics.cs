namespace Rustboxd.Models;

/// <summary>
/// A film's counts that Letterboxd loads apart from its page (the stats and ratings-summary fragments), fetched
/// only when asked for. Each count is null when no source the film's page era offers states it.
/// </summary>
public sealed record FilmStatistics
{
    public required string Slug { get; init; }

    /// <summary>Members who have watched the film ("Watched by 1,376,569 members").</summary>
    public long? WatchedCount { get; init; }

    /// <summary>Lists the film appears in.</summary>
    public long? ListCount { get; init; }

    /// <summary>Members who liked the film.</summary>
    public long? LikeCount { get; init; }

    /// <summary>Members who have the film among their four favourites; the site rounds it ("67K fans").</summary>
    public long? FanCount { get; init; }

    /// <summary>Reviews of the film, from the page's structured data.</summary>
    public long? ReviewCount { get; init; }

    /// <summary>Ratings of the film.</summary>
    public long? RatingCount { get; init; }

    public override string ToString() =>
        $"{Slug}: {WatchedCount} watched, {FanCount} fans, {LikeCount} likes, {ListCount} lists, {ReviewCount} reviews";
}
