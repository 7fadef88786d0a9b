using System.Globalization;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using Rustboxd.Completers;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Pipeline;
using Rustboxd.Readers;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Commands;

/// <summary>
/// Get-LetterboxdFilm: a film's details by slug, TMDB id or IMDb id (the look-ups follow Letterboxd's redirect to
/// the canonical slug), with -IncludeStatistics the counts loaded apart from the page; or with -UserName the member's
/// watched films with the member's rating and like, across all pages, in page order. -First and -Skip count per
/// member and stop fetching pages once satisfied.
/// </summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdFilm", DefaultParameterSetName = BySlug, SupportsPaging = true)]
[OutputType(typeof(Film), ParameterSetName = [BySlug, ByTmdbId, ByImdbId])]
[OutputType(typeof(MemberFilm), ParameterSetName = [ByMember])]
public sealed class GetLetterboxdFilmCommand : LetterboxdCmdlet
{
    private const string BySlug = "BySlug";
    private const string ByMember = "ByMember";
    private const string ByTmdbId = "ByTmdbId";
    private const string ByImdbId = "ByImdbId";

    private decimal?[] _ratings = [null];

    /// <summary>Film slugs, the part after /film/ in a film's address (or the whole letterboxd.com address).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true,
        ParameterSetName = BySlug)]
    [AllowEmptyString]
    public string[] Slug { get; set; } = [];

    /// <summary>TMDB ids of films (or of TV series Letterboxd lists as films, with -TmdbKind Tv).</summary>
    /// <remarks>
    /// Objects, not numbers: a CSV column holds strings and JSON holds numbers, and a value that needs converting is
    /// bound only after -Slug has taken the whole object by value. Each is checked as a TMDB id before any request.
    /// </remarks>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByTmdbId)]
    public object[] TmdbId { get; set; } = [];

    /// <summary>Whether the TMDB ids are movies (the default) or TV series.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = ByTmdbId)]
    public TmdbKind TmdbKind { get; set; } = TmdbKind.Movie;

    /// <summary>IMDb title ids (tt0166924), or imdb.com title addresses.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByImdbId)]
    [AllowEmptyString]
    public string[] ImdbId { get; set; } = [];

    /// <summary>Also fetch the counts Letterboxd loads apart from the film page: watchers, fans, likes, lists.</summary>
    [Parameter(ParameterSetName = BySlug)]
    [Parameter(ParameterSetName = ByTmdbId)]
    [Parameter(ParameterSetName = ByImdbId)]
    public SwitchParameter IncludeStatistics { get; set; }

    /// <summary>Members whose watched films to list.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByMember)]
    [Alias("User")]
    [AllowEmptyString]
    public string[] UserName { get; set; } = [];

    /// <summary>Only films the member rated this many stars (0.5 to 5 in half stars); several values allowed.</summary>
    [Parameter(ParameterSetName = ByMember)]
    [ArgumentCompleter(typeof(RatingCompleter))]
    public decimal[] Rating { get; set; } = [];

    /// <summary>The films the member liked (their likes page) instead of the films they watched.</summary>
    [Parameter(ParameterSetName = ByMember)]
    public SwitchParameter Liked { get; set; }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        if (Rating.Length == 0)
        {
            return;
        }

        try
        {
            _ratings = Rating.Select(r => (decimal?)LetterboxdInput.Rating(r)).Distinct().ToArray();
        }
        catch (InvalidInputException error)
        {
            ThrowTerminatingError(Pipeline.ErrorRecords.From(error, "Rating"));
        }
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == ByMember)
        {
            foreach (var input in UserName)
            {
                if (TryValidate(input, LetterboxdInput.UserName, out var name))
                {
                    StartPaged(name, MemberFilmListings(name));
                }
            }

            return;
        }

        var statistics = IncludeStatistics.IsPresent;
        switch (ParameterSetName)
        {
            case ByTmdbId:
                foreach (var input in TmdbId)
                {
                    var value = input is PSObject wrapped ? wrapped.BaseObject : input;
                    var text = Convert.ToString(value, CultureInfo.InvariantCulture);
                    if (TryValidate(text, ValidTmdbId, out var valid))
                    {
                        var id = long.Parse(valid, CultureInfo.InvariantCulture);
                        var kind = TmdbKind;
                        Start(valid, call => FilmReader.GetFilmByTmdbIdAsync(call, id, kind, statistics));
                    }
                }

                return;
            case ByImdbId:
                foreach (var input in ImdbId)
                {
                    if (TryValidate(input, LetterboxdInput.ImdbId, out var id))
                    {
                        Start(id, call => FilmReader.GetFilmByImdbIdAsync(call, id, statistics));
                    }
                }

                return;
        }

        foreach (var input in Slug)
        {
            if (TryValidate(input, LetterboxdInput.FilmSlug, out var slug))
            {
                Start(slug, call => FilmReader.GetFilmAsync(call, slug, statistics));
            }
        }
    }

    private static string ValidTmdbId(string? text) =>
        LetterboxdInput.TmdbId(text).ToString(CultureInfo.InvariantCulture);

    // Each requested rating is its own filtered listing of watched films. Liked films have no such listing, so
    // their ratings are filtered here, reading on until -First is satisfied.
    private Func<LetterboxdCall, Listing<MemberFilm>>[] MemberFilmListings(string name)
    {
        if (Liked.IsPresent)
        {
            var wanted = _ratings.ToHashSet();
            return [call => (maximum, onTotal, cancellation) => LikedFilms(call, name, wanted, maximum, onTotal, cancellation)];
        }

        return _ratings
            .Select(rating => (Func<LetterboxdCall, Listing<MemberFilm>>)(call => (maximum, onTotal, cancellation) =>
                MemberFilmsReader.ReadAsync(call, name, rating, maximum, onTotal, cancellation)))
            .ToArray();
    }

    private static async IAsyncEnumerable<MemberFilm> LikedFilms(LetterboxdCall call, string name,
        HashSet<decimal?> ratings, long? maximum, Action<int> onTotal,
        [EnumeratorCancellation] CancellationToken cancellation)
    {
        var all = ratings.Contains(null);
        var films = MemberFilmsReader.ReadAsync(
            call, name, null, all ? maximum : null, all ? onTotal : null, cancellation, liked: true);
        await foreach (var film in films.ConfigureAwait(false))
        {
            if (all || ratings.Contains(film.Rating))
            {
                yield return film;
            }
        }
    }
}
