using System.Management.Automation;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;

namespace Rustboxd.Commands;

/// <summary>
/// Get-LetterboxdActivity: a member's activity feed (or, with -Following, that of the members they follow),
/// newest first, batch after batch until the feed ends; -First stops fetching once satisfied.
/// </summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdActivity", SupportsPaging = true)]
[OutputType(typeof(ActivityItem))]
public sealed class GetLetterboxdActivityCommand : LetterboxdCmdlet
{
    /// <summary>Members whose activity to read.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("User", "Member")]
    [AllowEmptyString]
    public string[] UserName { get; set; } = [];

    /// <summary>The activity of the members they follow instead of their own.</summary>
    [Parameter]
    public SwitchParameter Following { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var input in UserName)
        {
            if (TryValidate(input, LetterboxdInput.UserName, out var name))
            {
                StartPaged<ActivityItem>(name, call => (maximum, onTotal, cancellation) =>
                    ActivityReader.ReadAsync(call, name, Following.IsPresent, maximum, onTotal, cancellation));
            }
        }
    }
}
