using System.Management.Automation;
using Rustboxd.Completers;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;

namespace Rustboxd.Commands;

/// <summary>
/// Find-LetterboxdFilm: browses Letterboxd's films. The popular films of a period (this week, month or year, or of
/// all time), narrowed by genres, a release year or decade, and a streaming service; or with -SimilarTo the films
/// Letterboxd calls similar to a film. In the site's order, page after page, stopping once -First is satisfied.
/// </summary>
/// <remarks>
/// Find, not Get: the films are looked for across the site by criteria, as Find-Module does, while Get-LetterboxdFilm
/// reads one named film (or one member's films). Search-Letterboxd is the free-text search.
/// </remarks>
[Cmdlet(VerbsCommon.Find, "LetterboxdFilm", DefaultParameterSetName = Browse, SupportsPaging = true)]
[OutputType(typeof(FilmListing))]
public sealed class FindLetterboxdFilmCommand : LetterboxdCmdlet
{
    private const string Browse = "Browse";
    private const string Similar = "Similar";

    /// <summary>The popular films of this week, month or year, or of all time (the default).</summary>
    [Parameter(ParameterSetName = Browse)]
    public PopularPeriod Period { get; set; } = PopularPeriod.AllTime;

    /// <summary>Only films in all of these genres (drama, science-fiction, ...).</summary>
    [Parameter(Position = 0, ParameterSetName = Browse)]
    [AllowEmptyCollection]
    [ArgumentCompleter(typeof(GenreCompleter))]
    public string[] Genre { get; set; } = [];

    /// <summary>Leave out films in any of these genres.</summary>
    [Parameter(ParameterSetName = Browse)]
    [AllowEmptyCollection]
    [ArgumentCompleter(typeof(GenreCompleter))]
    public string[] ExcludeGenre { get; set; } = [];

    /// <summary>Only films released in this year.</summary>
    [Parameter(ParameterSetName = Browse)]
    public int Year { get; set; }

    /// <summary>Only films released in this decade: 1960s or 1960.</summary>
    [Parameter(ParameterSetName = Browse)]
    [ArgumentCompleter(typeof(DecadeCompleter))]
    public string? Decade { get; set; }

    /// <summary>Only films on this streaming service, as Letterboxd's addresses write it (netflix, mubi).</summary>
    [Parameter(ParameterSetName = Browse)]
    public string? Service { get; set; }

    /// <summary>Films whose similar films to list (the part after /film/ in a film's address).</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true,
        ParameterSetName = Similar)]
    [Alias("Slug")]
    [AllowEmptyString]
    public string[] SimilarTo { get; set; } = [];

    protected override void ProcessRecord()
    {
        if (ParameterSetName == Similar)
        {
            foreach (var input in SimilarTo)
            {
                if (TryValidate(input, LetterboxdInput.FilmSlug, out var film))
                {
                    StartPaged<FilmListing>(film, call => (maximum, onTotal, cancellation) =>
                        BrowseReader.ReadSimilarAsync(call, film, maximum, onTotal, cancellation));
                }
            }

            return;
        }

        FilmBrowse browse;
        try
        {
            browse = ValidBrowse();
        }
        catch (InvalidInputException error)
        {
            Refuse(error.Target ?? string.Empty, error);
            return;
        }

        var target = SitePaths.BrowseFilms(browse);
        StartPaged<FilmListing>(target, call => (maximum, onTotal, cancellation) =>
            BrowseReader.ReadBrowseAsync(call, browse, maximum, onTotal, cancellation));
    }

    // Every filter is checked before any request; a year and a decade together name no page.
    private FilmBrowse ValidBrowse()
    {
        var hasYear = MyInvocation.BoundParameters.ContainsKey(nameof(Year));
        if (hasYear && Decade is not null)
        {
            throw new InvalidInputException(
                ErrorIds.InvalidDecade,
                $"-Year {Year} and -Decade {Decade} cannot be combined: Letterboxd browses one year or one decade. " +
                "Leave one of them out.",
                Decade);
        }

        return new FilmBrowse
        {
            Period = Period,
            Genres = Genre.Select(LetterboxdInput.Genre).Distinct().ToArray(),
            ExcludedGenres = ExcludeGenre.Select(LetterboxdInput.Genre).Distinct().ToArray(),
            Year = hasYear ? LetterboxdInput.FilmYear(Year) : null,
            Decade = Decade is null ? null : LetterboxdInput.Decade(Decade),
            Service = Service is null ? null : LetterboxdInput.StreamingService(Service),
        };
    }
}
