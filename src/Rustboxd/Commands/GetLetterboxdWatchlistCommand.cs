using System.Management.Automation;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;

namespace Rustboxd.Commands;

/// <summary>
/// Get-LetterboxdWatchlist: the films on members' watchlists, every page, in the site's order. A private
/// watchlist is a LetterboxdPrivateContent error for that member, and the other members go on.
/// </summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdWatchlist", SupportsPaging = true)]
[OutputType(typeof(WatchlistEntry))]
public sealed class GetLetterboxdWatchlistCommand : LetterboxdCmdlet
{
    /// <summary>Members whose watchlists to read.</summary>
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
                StartPaged<WatchlistEntry>(name, call => (maximum, onTotal, cancellation) =>
                    WatchlistReader.ReadAsync(call, name, maximum, onTotal, cancellation));
            }
        }
    }
}
