using System.Management.Automation;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;

namespace Rustboxd.Commands;

/// <summary>
/// Find-LetterboxdList: the lists that contain a film, most popular first, every page in page order, stopping once
/// -First is satisfied. The lists pipe into Get-LetterboxdList to read them whole.
/// </summary>
/// <remarks>
/// A cmdlet of its own rather than a parameter set of Get-LetterboxdList, whose -UserName every set requires: these
/// lists belong to many members, found by the film they share.
/// </remarks>
[Cmdlet(VerbsCommon.Find, "LetterboxdList", SupportsPaging = true)]
[OutputType(typeof(ListSummary))]
public sealed class FindLetterboxdListCommand : LetterboxdCmdlet
{
    /// <summary>Films whose lists to find (the part after /film/ in a film's address).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Slug")]
    [AllowEmptyString]
    public string[] Film { get; set; } = [];

    protected override void ProcessRecord()
    {
        foreach (var input in Film)
        {
            if (TryValidate(input, LetterboxdInput.FilmSlug, out var film))
            {
                StartPaged<ListSummary>(film, call => (maximum, onTotal, cancellation) =>
                    FilmListsReader.ReadAsync(call, film, maximum, onTotal, cancellation));
            }
        }
    }
}
