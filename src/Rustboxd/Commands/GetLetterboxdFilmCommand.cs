using System.Management.Automation;
using System.Runtime.CompilerServices;
using Rustboxd.Errors;
using Rustboxd.Models;
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
    public decimal[] Rating { get; set; } = [];

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
                    StartMany(name, (call, cancellation) => MemberFilms(call, name, cancellation));
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

    // Each requested rating is its own filtered listing on the site; -Skip/-First apply to them together.
    private async IAsyncEnumerable<object> MemberFilms(
        LetterboxdCall call, string name, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var skip = PagingParameters.Skip;
        var first = PagingParameters.First;
        var wanted = first == ulong.MaxValue ? (long?)null : (long)Math.Min(long.MaxValue, skip + first);
        ulong seen = 0;
        ulong written = 0;
        long? total = null;

        foreach (var rating in _ratings)
        {
            var remaining = wanted is null ? null : wanted - (long)seen;
            var films = MemberFilmsReader.ReadAsync(call, name, rating, remaining, stated => total = stated, cancellation);
            await foreach (var film in films.ConfigureAwait(false))
            {
                if (seen++ < skip)
                {
                    continue;
                }

                if (written++ >= first)
                {
                    break;
                }

                yield return film;
            }

            if (written >= first)
            {
                break;
            }
        }

        if (PagingParameters.IncludeTotalCount)
        {
            var accurate = total is not null && _ratings is [null];
            yield return PagingParameters.NewTotalCount(accurate ? (ulong)total!.Value : seen, accurate ? 1.0 : 0.0);
        }
    }
}
