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
/// Get-LetterboxdFilm: a film's details by slug, or with -UserName the member's watched films with the
/// member's rating and like, across all pages, in page order. -First and -Skip count per member and stop
/// fetching pages once satisfied.
/// </summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdFilm", DefaultParameterSetName = BySlug, SupportsPaging = true)]
[OutputType(typeof(Film), ParameterSetName = [BySlug])]
[OutputType(typeof(MemberFilm), ParameterSetName = [ByMember])]
public sealed class GetLetterboxdFilmCommand : LetterboxdCmdlet
{
    private const string BySlug = "BySlug";
    private const string ByMember = "ByMember";

    private decimal?[] _ratings = [null];

    /// <summary>Film slugs, the part after /film/ in a film's address (or the whole letterboxd.com address).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true,
        ParameterSetName = BySlug)]
    [AllowEmptyString]
    public string[] Slug { get; set; } = [];

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

        foreach (var input in Slug)
        {
            if (TryValidate(input, LetterboxdInput.FilmSlug, out var slug))
            {
                Start(slug, call => FilmReader.GetFilmAsync(call, slug));
            }
        }
    }

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
