using System.Management.Automation;
using System.Runtime.CompilerServices;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Commands;

/// <summary>
/// Get-LetterboxdTag: the tags a member uses on their films, diary entries, reviews and lists, with how many items
/// carry each. One request per kind asked for.
/// </summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdTag")]
[OutputType(typeof(MemberTag))]
public sealed class GetLetterboxdTagCommand : LetterboxdCmdlet
{
    /// <summary>Members whose tags to read.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("User", "Member")]
    [AllowEmptyString]
    public string[] UserName { get; set; } = [];

    /// <summary>Which tag pages to read; all four when omitted.</summary>
    [Parameter(Position = 1)]
    public TagKind[] Kind { get; set; } = [TagKind.Films, TagKind.Diary, TagKind.Reviews, TagKind.Lists];

    protected override void ProcessRecord()
    {
        foreach (var input in UserName)
        {
            if (TryValidate(input, LetterboxdInput.UserName, out var name))
            {
                StartMany(name, (call, cancellation) => Tags(call, name, cancellation));
            }
        }
    }

    // The kinds are read in parallel (within -ThrottleLimit) and written in the order asked for.
    private async IAsyncEnumerable<MemberTag> Tags(
        LetterboxdCall call, string name, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var pages = Kind.Distinct().Select(kind => TagReader.GetTagsAsync(call, name, kind)).ToArray();
        foreach (var page in pages)
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var tag in await page.ConfigureAwait(false))
            {
                yield return tag;
            }
        }
    }
}
