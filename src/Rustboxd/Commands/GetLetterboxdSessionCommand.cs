using System.Management.Automation;
using Rustboxd.Pipeline;
using Rustboxd.Sessions;

namespace Rustboxd.Commands;

/// <summary>Get-LetterboxdSession: a session's settings and what it has done (requests, retries, cache hits, waits).</summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdSession")]
[OutputType(typeof(SessionSummary))]
public sealed class GetLetterboxdSessionCommand : PSCmdlet
{
    /// <summary>The session to describe; the default session when omitted.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true)]
    public LetterboxdSession? Session { get; set; }

    protected override void ProcessRecord()
    {
        try
        {
            WriteObject(SessionSummary.Of(Session ?? DefaultSession.Current));
        }
        catch (Errors.LetterboxdException error)
        {
            // The default session's configuration file cannot be read: say which line and key.
            ThrowTerminatingError(ErrorRecords.From(error, error.Target ?? "default session"));
        }
    }
}
