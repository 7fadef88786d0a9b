using System.Management.Automation;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;

namespace Rustboxd.Commands;

/// <summary>
/// Get-LetterboxdListEntry: the entries of one member's list, streamed in list order as the pages arrive, each
/// with its rank when the list is ranked. -First and -Skip stop fetching pages once satisfied, so the start of
/// a long list costs one request. Lists from Get-LetterboxdList bind by property name (Owner and Slug).
/// </summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdListEntry", SupportsPaging = true)]
[OutputType(typeof(ListEntry))]
public sealed class GetLetterboxdListEntryCommand : LetterboxdCmdlet
{
    /// <summary>The member who made the list.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("User", "Owner")]
    [AllowEmptyString]
    public string UserName { get; set; } = string.Empty;

    /// <summary>The list's slug, the part after /list/ in its address.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string Slug { get; set; } = string.Empty;

    /// <summary>Read the list's detail view, which shows the notes the owner wrote on each entry.</summary>
    [Parameter]
    public SwitchParameter IncludeNotes { get; set; }

    protected override void ProcessRecord()
    {
        if (!TryValidate(UserName, LetterboxdInput.UserName, out var name)
            || !TryValidate(Slug, LetterboxdInput.ListSlug, out var slug))
        {
            return;
        }

        var notes = IncludeNotes.IsPresent;
        StartPaged<ListEntry>(slug, call => (maximum, onTotal, cancellation) =>
            ListReader.ReadEntriesAsync(call, name, slug, maximum, onTotal, cancellation, notes));
    }
}
