using System.Management.Automation;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;

namespace Rustboxd.Commands;

/// <summary>
/// Get-LetterboxdList: a member's lists (or with -Liked the lists they liked) as summaries, every page in page
/// order, -First and -Skip stopping the fetching; or with -Slug one whole list per slug, with its details and
/// every entry of every page.
/// </summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdList", DefaultParameterSetName = ByMember, SupportsPaging = true)]
[OutputType(typeof(ListSummary), ParameterSetName = [ByMember])]
[OutputType(typeof(FilmList), ParameterSetName = [BySlug])]
public sealed class GetLetterboxdListCommand : LetterboxdCmdlet
{
    private const string ByMember = "ByMember";
    private const string BySlug = "BySlug";

    /// <summary>Members whose lists to read; with -Slug, the owner of the lists.</summary>
    /// <remarks>
    /// One declaration for both sets, on purpose: declared per set, the binder settles on the default set as soon
    /// as a piped list's Owner binds, and never binds its Slug. Declared once, a list from Get-LetterboxdList binds
    /// both and reads that list; a member (or a plain name) binds only this and reads the member's lists.
    /// </remarks>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("User", "Owner")]
    [AllowEmptyString]
    public string[] UserName { get; set; } = [];

    /// <summary>The lists the member liked instead of the member's own.</summary>
    [Parameter(ParameterSetName = ByMember)]
    public SwitchParameter Liked { get; set; }

    /// <summary>List slugs (the part after /list/ in a list's address): read these lists whole.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = BySlug)]
    [AllowEmptyString]
    public string[] Slug { get; set; } = [];

    /// <summary>Read the lists' detail view, which shows the notes the owner wrote on each entry.</summary>
    [Parameter(ParameterSetName = BySlug)]
    public SwitchParameter IncludeNotes { get; set; }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        if (ParameterSetName == BySlug && (PagingParameters.First != ulong.MaxValue || PagingParameters.Skip != 0))
        {
            WriteWarning("-First and -Skip count the lists of a member's lists index; with -Slug every list is " +
                "returned whole. Get-LetterboxdListEntry -First reads only the start of a list.");
        }
    }

    protected override void ProcessRecord()
    {
        foreach (var input in UserName)
        {
            if (!TryValidate(input, LetterboxdInput.UserName, out var name))
            {
                continue;
            }

            if (ParameterSetName == ByMember)
            {
                var liked = Liked.IsPresent;
                StartPaged<ListSummary>(name, call => (maximum, onTotal, cancellation) =>
                    MemberListsReader.ReadAsync(call, name, liked, maximum, onTotal, cancellation));
                continue;
            }

            foreach (var slugInput in Slug)
            {
                if (TryValidate(slugInput, LetterboxdInput.ListSlug, out var slug))
                {
                    var notes = IncludeNotes.IsPresent;
                    Start(slug, call => ListReader.GetListAsync(call, name, slug, notes));
                }
            }
        }
    }
}
