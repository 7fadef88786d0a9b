using System.Management.Automation;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;

namespace Rustboxd.Commands;

/// <summary>
/// Get-LetterboxdFilmography: a person's films in one or more roles (actor, director, writer, ...), with the character
/// for an actor, in the page's order. -First and -Skip count per person.
/// </summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdFilmography", SupportsPaging = true)]
[OutputType(typeof(FilmographyEntry))]
public sealed class GetLetterboxdFilmographyCommand : LetterboxdCmdlet
{
    /// <summary>People's slugs (the part after /actor/ or /director/ in their address), or their addresses.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("PersonSlug")]
    [AllowEmptyString]
    public string[] Person { get; set; } = [];

    /// <summary>The roles to read, each its own page (Actor by default); several are read one after another.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [AllowNull]
    [AllowEmptyCollection]
    public ContributorRole[]? Role { get; set; } = [ContributorRole.Actor];

    protected override void ProcessRecord()
    {
        // A piped person whose role has no filmography name binds null: their films as an actor are the fallback.
        var roles = Role is { Length: > 0 } ? Role.Distinct().ToArray() : [ContributorRole.Actor];
        foreach (var input in Person)
        {
            if (TryValidate(input, LetterboxdInput.PersonSlug, out var person))
            {
                StartPaged(person, roles
                    .Select(role => (Func<Sessions.LetterboxdCall, Pipeline.Listing<FilmographyEntry>>)(call =>
                        (maximum, onTotal, cancellation) =>
                            FilmographyReader.ReadAsync(call, person, role, maximum, onTotal, cancellation)))
                    .ToArray());
            }
        }
    }
}
