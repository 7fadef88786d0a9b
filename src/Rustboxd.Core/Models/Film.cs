namespace Rustboxd.Models;

/// <summary>One role in a film's cast.</summary>
public sealed class CastCredit
{
    public required string Name { get; init; }

    /// <summary>The person's slug on Letterboxd (/actor/SLUG/), when linked.</summary>
    public string? Slug { get; init; }

    public string? Role { get; init; }

    public override string ToString() => Role is null ? Name : $"{Name} ({Role})";
}

/// <summary>One person in a film's crew, with the job as Letterboxd names it.</summary>
public sealed class CrewCredit
{
    public required string Job { get; init; }

    public required string Name { get; init; }

    public string? Slug { get; init; }

    public override string ToString() => $"{Job}: {Name}";
}

/// <summary>A film's details from its page.</summary>
public sealed class Film
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public int? Year { get; init; }

    public string? OriginalTitle { get; init; }

    public IReadOnlyList<string> Directors { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    public IReadOnlyList<CastCredit> Cast { get; init => field = ValueList.From(value); } = ValueList<CastCredit>.Empty;

    public IReadOnlyList<CrewCredit> Crew { get; init => field = ValueList.From(value); } = ValueList<CrewCredit>.Empty;

    public IReadOnlyList<string> Genres { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>Themes and mini-themes, as the genres tab lists them.</summary>
    public IReadOnlyList<string> Themes { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    public IReadOnlyList<string> Studios { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    public IReadOnlyList<string> Countries { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    public string? PrimaryLanguage { get; init; }

    public IReadOnlyList<string> SpokenLanguages
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList<string>.Empty;

    /// <summary>Running time in minutes.</summary>
    public int? Runtime { get; init; }

    public string? Tagline { get; init; }

    public string? Description { get; init; }

    /// <summary>Average rating in stars; null when the film has too few ratings to show one.</summary>
    public decimal? AverageRating { get; init; }

    public long? RatingCount { get; init; }

    public long? TmdbId { get; init; }

    /// <summary>"movie" or "tv", from the TMDB link.</summary>
    public string? TmdbKind { get; init; }

    public string? ImdbId { get; init; }

    public string? PosterUrl { get; init; }

    public long? LetterboxdId { get; init; }

    public required Uri Url { get; init; }

    public override string ToString() => Year is null ? Title : $"{Title} ({Year})";
}
