using System.Management.Automation;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;

namespace Rustboxd.Commands;

/// <summary>
/// Get-LetterboxdReview: the reviews a member wrote, or with -Liked the reviews the member liked; or with -Slug a
/// film's reviews by every member, popular or recent. Each with its whole text, across all pages, in page order.
/// -First and -Skip count per member or film and stop fetching pages once satisfied.
/// </summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdReview", DefaultParameterSetName = ByMember, SupportsPaging = true)]
[OutputType(typeof(Review), ParameterSetName = [ByMember, ByFilm])]
public sealed class GetLetterboxdReviewCommand : LetterboxdCmdlet
{
    private const string ByMember = "ByMember";
    private const string ByFilm = "ByFilm";

    /// <summary>Members whose reviews to read.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true,
        ParameterSetName = ByMember)]
    [Alias("User", "Member")]
    [AllowEmptyString]
    public string[] UserName { get; set; } = [];

    /// <summary>The reviews the member liked (their likes page), by any author, instead of those they wrote.</summary>
    [Parameter(ParameterSetName = ByMember)]
    public SwitchParameter Liked { get; set; }

    /// <summary>Films whose reviews to read (the part after /film/ in a film's address).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByFilm)]
    [AllowEmptyString]
    public string[] Slug { get; set; } = [];

    /// <summary>A film's popular reviews (the default) or its most recent first.</summary>
    [Parameter(ParameterSetName = ByFilm)]
    public ReviewSort Sort { get; set; } = ReviewSort.Popular;

    protected override void ProcessRecord()
    {
        if (ParameterSetName == ByFilm)
        {
            foreach (var input in Slug)
            {
                if (TryValidate(input, LetterboxdInput.FilmSlug, out var film))
                {
                    var sort = Sort;
                    StartPaged<Review>(film, call => (maximum, onTotal, cancellation) =>
                        FilmReviewsReader.ReadAsync(call, film, sort, maximum, onTotal, cancellation));
                }
            }

            return;
        }

        foreach (var input in UserName)
        {
            if (TryValidate(input, LetterboxdInput.UserName, out var name))
            {
                var liked = Liked.IsPresent;
                StartPaged<Review>(name, call => (maximum, onTotal, cancellation) =>
                    ReviewsReader.ReadMemberAsync(call, name, liked, maximum, onTotal, cancellation));
            }
        }
    }
}
