using System.Management.Automation;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;

namespace Rustboxd.Commands;

/// <summary>Get-LetterboxdUser: members' public profiles.</summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdUser")]
[OutputType(typeof(Member))]
public sealed class GetLetterboxdUserCommand : LetterboxdCmdlet
{
    /// <summary>User names (2-15 letters, digits or underscores), as in letterboxd.com/NAME/.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("User", "Member")]
    [AllowEmptyString]
    public string[] UserName { get; set; } = [];

    protected override void ProcessRecord()
    {
        foreach (var input in UserName)
        {
            if (TryValidate(input, LetterboxdInput.UserName, out var name))
            {
                Start(name, call => MemberReader.GetMemberAsync(call, name));
            }
        }
    }
}
