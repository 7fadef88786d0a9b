using System.Management.Automation;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;

namespace Rustboxd.Commands;

/// <summary>
/// Get-LetterboxdRatingStatistic (alias Get-LetterboxdRatingStats): a rating histogram with one bucket per
/// half star, the count, mean and median, for a member (from the profile) or a film (from its ratings
/// summary, with the site's weighted average and fan count).
/// </summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdRatingStatistic", DefaultParameterSetName = ByMember)]
[Alias("Get-LetterboxdRatingStats")]
[OutputType(typeof(RatingStatistics))]
public sealed class GetLetterboxdRatingStatisticCommand : LetterboxdCmdlet
{
    private const string ByMember = "ByMember";
    private const string ByFilm = "ByFilm";

    /// <summary>Members whose own ratings to summarise.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true,
        ParameterSetName = ByMember)]
    [Alias("User", "Member")]
    [AllowEmptyString]
    public string[] UserName { get; set; } = [];

    /// <summary>Films whose ratings by all members to summarise.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByFilm)]
    [AllowEmptyString]
    public string[] Slug { get; set; } = [];

    protected override void ProcessRecord()
    {
        if (ParameterSetName == ByFilm)
        {
            foreach (var input in Slug)
            {
                if (TryValidate(input, LetterboxdInput.FilmSlug, out var slug))
                {
                    Start(slug, call => FilmReader.GetRatingStatisticsAsync(call, slug));
                }
            }

            return;
        }

        foreach (var input in UserName)
        {
            if (TryValidate(input, LetterboxdInput.UserName, out var name))
            {
                Start(name, call => MemberReader.GetRatingStatisticsAsync(call, name));
            }
        }
    }
}
