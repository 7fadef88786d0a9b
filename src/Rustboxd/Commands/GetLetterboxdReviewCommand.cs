using System.Management.Automation;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;

namespace Rustboxd.Commands;

/// <summary>
/// Get-LetterboxdReview: the reviews a member wrote, or with -Liked the reviews the member liked, with their whole
/// text, across all pages, in page order. -First and -Skip count per member and stop fetching pages once satisfied.
/// </summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdReview", DefaultParameterSetName = ByMember, SupportsPaging = true)]
[OutputType(typeof(Review), ParameterSetName = [ByMember])]
public sealed class GetLetterboxdReviewCommand : LetterboxdCmdlet
{
    private const string ByMember = "ByMember";

    /// <summary>Members whose reviews to read.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true,
        ParameterSetName = ByMember)]
    [Alias("User", "Member")]
    [AllowEmptyString]
    public string[] UserName { get; set; } = [];

    /// <summary>The reviews the member liked (their likes page), by any author, instead of those they wrote.</summary>
    [Parameter(ParameterSetName = ByMember)]
    public SwitchParameter Liked { get; set; }

    protected override void ProcessRecord()
    {
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
