namespace Rustboxd.Models;

/// <summary>A member's public profile.</summary>
public sealed class Member
{
    public required string UserName { get; init; }

    public string? DisplayName { get; init; }

    public string? Bio { get; init; }

    public string? Location { get; init; }

    public string? Website { get; init; }

    public IReadOnlyList<FilmSummary> FavouriteFilms
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList<FilmSummary>.Empty;

    public int? FilmCount { get; init; }

    /// <summary>Films logged in the year the profile names in <see cref="ThisYearLabel"/>.</summary>
    public int? ThisYearCount { get; init; }

    /// <summary>The profile's own label for <see cref="ThisYearCount"/>, such as "This year" or "In 2025".</summary>
    public string? ThisYearLabel { get; init; }

    public int? ListCount { get; init; }

    public int? FollowingCount { get; init; }

    public int? FollowerCount { get; init; }

    /// <summary>Films on the member's watchlist, as the profile shows it; null when hidden or not shown.</summary>
    public int? WatchlistCount { get; init; }

    /// <summary>True when the member keeps the watchlist private (Get-LetterboxdWatchlist then fails).</summary>
    public bool WatchlistPrivate { get; init; }

    public string? AvatarUrl { get; init; }

    /// <summary>The badge beside the member's name ("Pro", "Patron", "Crew", "HQ"), or null for none.</summary>
    public string? Membership { get; init; }

    public required Uri Url { get; init; }

    public override string ToString() => UserName;
}
