using System.Management.Automation;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;

namespace Rustboxd.Commands;

/// <summary>
/// Search-Letterboxd: Letterboxd's search for films (with year and directors), members, lists or people, following
/// the search's cursor from page to page until the results end or -First is satisfied.
/// </summary>
[Cmdlet(VerbsCommon.Search, "Letterboxd", SupportsPaging = true)]
[OutputType(typeof(FilmListing), typeof(MemberSummary), typeof(ListSummary), typeof(PersonSummary))]
public sealed class SearchLetterboxdCommand : LetterboxdCmdlet
{
    /// <summary>What to search for; several queries are searched one after another.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [AllowEmptyString]
    public string[] Query { get; set; } = [];

    /// <summary>Film (the default), Member, List or Person.</summary>
    [Parameter(Position = 1)]
    public SearchType Type { get; set; } = SearchType.Film;

    protected override void ProcessRecord()
    {
        foreach (var input in Query)
        {
            if (TryValidate(input, LetterboxdInput.SearchQuery, out var query))
            {
                var type = Type;
                StartPaged<object>(query, call => (maximum, onTotal, cancellation) =>
                    SearchReader.ReadAsync(call, query, type, maximum, onTotal, cancellation));
            }
        }
    }
}
