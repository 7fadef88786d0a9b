using System.Collections.ObjectModel;

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

/// <summary>Which kind of TMDB entry a film's data comes from: a movie, or a TV series Letterboxd lists as a film.</summary>
public enum TmdbKind
{
    Movie,
    Tv,
}

/// <summary>
/// A film's details from its page. A record, so a reader can add what it fetched separately
/// (<see cref="Statistics"/>) without copying every field by hand.
/// </summary>
public sealed record Film
{
    /// <summary>The canonical slug: the one Letterboxd landed on, after any redirect from an old slug or an id.</summary>
    public required string Slug { get; init; }

    /// <summary>What was asked for: the slug as given (an old slug stays here), or tmdb:N, tmdb:tv/N, imdb:ttN.</summary>
    public string? RequestedAs { get; init; }

    public required string Title { get; init; }

    public int? Year { get; init; }

    /// <summary>The title in the film's original language, shown only when it differs from <see cref="Title"/>.</summary>
    public string? OriginalTitle { get; init; }

    /// <summary>Other titles the film is known by, one entry per title (titles may contain commas).</summary>
    public IReadOnlyList<string> AlternativeTitles
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList<string>.Empty;

    public IReadOnlyList<string> Directors { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    public IReadOnlyList<CastCredit> Cast { get; init => field = ValueList.From(value); } = ValueList<CastCredit>.Empty;

    /// <summary>The crew in the crew tab's order, which groups it by job; see <see cref="CrewByJob"/>.</summary>
    public IReadOnlyList<CrewCredit> Crew { get; init => field = ValueList.From(value); } = ValueList<CrewCredit>.Empty;

    /// <summary>The crew's names grouped by job ("Producers", "Writer", ...), jobs in the page's order.</summary>
    public CrewJobs CrewByJob => CrewJobs.Of(Crew);

    public IReadOnlyList<string> Genres { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>Letterboxd's themes (/films/theme/...), without the mini-themes.</summary>
    public IReadOnlyList<string> Themes { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>Letterboxd's mini-themes (/films/mini-theme/...).</summary>
    public IReadOnlyList<string> MiniThemes { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>Letterboxd's nanogenres (/films/nanogenre/...), on pages that list them.</summary>
    public IReadOnlyList<string> Nanogenres { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    public IReadOnlyList<string> Studios { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    public IReadOnlyList<string> Countries { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>The original language ("Primary Language" on the page; "Language" on older ones).</summary>
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

    /// <summary>Movie or Tv, from the TMDB link (a few TV series are films on Letterboxd).</summary>
    public TmdbKind? TmdbKind { get; init; }

    public string? ImdbId { get; init; }

    public string? PosterUrl { get; init; }

    /// <summary>The widest backdrop image the page names, without its cache-busting query.</summary>
    public string? BackdropUrl { get; init; }

    public long? LetterboxdId { get; init; }

    /// <summary>Letterboxd's short id, the code of the film's boxd.it address.</summary>
    public string? ShortId { get; init; }

    /// <summary>
    /// Counts loaded separately from the film page (watchers, fans, likes, lists, reviews); null unless asked for
    /// with -IncludeStatistics.
    /// </summary>
    public FilmStatistics? Statistics { get; init; }

    public required Uri Url { get; init; }

    public override string ToString() => Year is null ? Title : $"{Title} ({Year})";

}

/// <summary>
/// A film's crew names by job, jobs in the crew tab's order. Reads as one CSV cell:
/// "Director: David Lynch; Producer: Neal Edelstein, Tony Krantz".
/// </summary>
public sealed class CrewJobs : ReadOnlyDictionary<string, IReadOnlyList<string>>
{
    private readonly IReadOnlyList<string> _jobs;

    private CrewJobs(IDictionary<string, IReadOnlyList<string>> groups, IReadOnlyList<string> jobs)
        : base(groups) => _jobs = jobs;

    /// <summary>The jobs in the page's order.</summary>
    public IReadOnlyList<string> Jobs => _jobs;

    public static CrewJobs Of(IReadOnlyList<CrewCredit> crew)
    {
        var jobs = crew.Select(credit => credit.Job).Distinct(StringComparer.Ordinal).ToArray();
        var groups = jobs.ToDictionary(
            job => job,
            job => (IReadOnlyList<string>)ValueList.From(crew.Where(c => c.Job == job).Select(c => c.Name).ToArray()),
            StringComparer.Ordinal);
        return new CrewJobs(groups, ValueList.From(jobs));
    }

    public override string ToString() => string.Join("; ", _jobs.Select(job => $"{job}: {string.Join(", ", this[job])}"));
}
