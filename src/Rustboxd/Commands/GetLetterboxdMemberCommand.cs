using System.Management.Automation;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;

namespace Rustboxd.Commands;

/// <summary>
/// Get-LetterboxdMember: the members related to a member (their followers, or the members they follow), or with
/// -Slug to a film (its fans, or the members who watched it), every page, in the site's order. The output pipes into
/// Get-LetterboxdUser and Get-LetterboxdFilm -UserName.
/// </summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdMember", DefaultParameterSetName = ByMember, SupportsPaging = true)]
[OutputType(typeof(MemberSummary))]
public sealed class GetLetterboxdMemberCommand : LetterboxdCmdlet
{
    private const string ByMember = "ByMember";
    private const string ByFilm = "ByFilm";

    /// <summary>Members whose network to read.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true,
        ParameterSetName = ByMember)]
    [Alias("User", "Member")]
    [AllowEmptyString]
    public string[] UserName { get; set; } = [];

    /// <summary>Films whose fans or watchers to read.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByFilm)]
    [AllowEmptyString]
    public string[] Slug { get; set; } = [];

    /// <summary>
    /// For a member, Followers (who follow them) or Following (whom they follow); for a film, Fans (who have it among
    /// their four favourites) or Watchers (who watched it).
    /// </summary>
    [Parameter(Mandatory = true, Position = 1)]
    public MemberRelationship Relationship { get; set; }

    protected override void ProcessRecord()
    {
        // Checked here, not in BeginProcessing: only now is the parameter set certain for piped input.
        var ofFilm = ParameterSetName == ByFilm;
        var relationship = Relationship;
        if (!TryValidate(relationship.ToString(),
            _ => LetterboxdInput.Relationship(relationship, ofFilm).ToString(), out _))
        {
            return;
        }

        if (ofFilm)
        {
            foreach (var input in Slug)
            {
                if (TryValidate(input, LetterboxdInput.FilmSlug, out var film))
                {
                    StartPaged<MemberSummary>(film, call => (maximum, onTotal, cancellation) =>
                        FilmMembersReader.ReadAsync(call, film, relationship, maximum, onTotal, cancellation));
                }
            }

            return;
        }

        foreach (var input in UserName)
        {
            if (TryValidate(input, LetterboxdInput.UserName, out var name))
            {
                StartPaged<MemberSummary>(name, call => (maximum, onTotal, cancellation) =>
                    MemberNetworkReader.ReadAsync(call, name, relationship, maximum, onTotal, cancellation));
            }
        }
    }
}
