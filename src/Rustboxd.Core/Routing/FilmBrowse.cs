using Rustboxd.Models;

namespace Rustboxd.Routing;

/// <summary>
/// What a browse of Letterboxd's films asks for: the popular films of a period, narrowed by genres (and genres
/// left out), a release year or a decade, and a streaming service. Every value has been through
/// <see cref="LetterboxdInput"/>; <see cref="SitePaths.BrowseFilms"/> turns it into the page's address.
/// </summary>
public sealed record FilmBrowse
{
    public PopularPeriod Period { get; init; } = PopularPeriod.AllTime;

    public IReadOnlyList<string> Genres { get; init; } = [];

    public IReadOnlyList<string> ExcludedGenres { get; init; } = [];

    public int? Year { get; init; }

    /// <summary>The decade's first year (1960 for the 1960s).</summary>
    public int? Decade { get; init; }

    public string? Service { get; init; }

    /// <summary>How messages and the progress bar name the browse, e.g. "popular films of the 1960s in crime".</summary>
    public string Description
    {
        get
        {
            var text = Period switch
            {
                PopularPeriod.Week => "popular films this week",
                PopularPeriod.Month => "popular films this month",
                PopularPeriod.Year => "popular films this year",
                _ => "popular films",
            };

            if (Year is { } year)
            {
                text += $" of {year}";
            }
            else if (Decade is { } decade)
            {
                text += $" of the {decade}s";
            }

            if (Genres.Count > 0 || ExcludedGenres.Count > 0)
            {
                text += " in " + string.Join(", ", Genres.Concat(ExcludedGenres.Select(genre => "not " + genre)));
            }

            return Service is null ? text : $"{text} on {Service}";
        }
    }
}
