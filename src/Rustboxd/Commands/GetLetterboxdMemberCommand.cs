using System.Management.Automation;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;

namespace Rustboxd.Commands;

/// <summary>
/// Get-LetterboxdMember: the members related to a member (their followers, or the members they follow), every
/// page, in the site's order. The output pipes into Get-LetterboxdUser and Get-LetterboxdFilm -UserName.
/// </summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdMember", SupportsPaging = true)]
[OutputType(typeof(MemberSummary))]
public sealed class GetLetterboxdMemberCommand : LetterboxdCmdlet
{
    /// <summary>Members whose network to read.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("User", "Member")]
    [AllowEmptyString]
    public string[] UserName { get; set; } = [];

    /// <summary>Followers (who follow the member) or Following (whom the member follows).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    public MemberRelationship Relationship { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var input in UserName)
        {
            if (TryValidate(input, LetterboxdInput.UserName, out var name))
            {
                StartPaged<MemberSummary>(name, call => (maximum, onTotal, cancellation) =>
                    MemberNetworkReader.ReadAsync(call, name, Relationship, maximum, onTotal, cancellation));
            }
        }
    }
}
