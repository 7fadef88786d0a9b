using System.Management.Automation;
using Rustboxd.Errors;
using Rustboxd.Pipeline;
using Rustboxd.Sessions;

namespace Rustboxd.Commands;

/// <summary>
/// New-LetterboxdSession: a session with its own rate limiter, retry policy, cache and statistics. No request is
/// sent. It starts from the defaults, then -ConfigurationPath's file, then the parameters given. Pass it with
/// -Session, or make it the default with -Default.
/// </summary>
[Cmdlet(VerbsCommon.New, "LetterboxdSession")]
[OutputType(typeof(LetterboxdSession))]
public sealed class NewLetterboxdSessionCommand : SessionSettingsCmdlet
{
    /// <summary>Also make this the session every cmdlet uses when -Session is not given.</summary>
    [Parameter]
    public SwitchParameter Default { get; set; }

    protected override void EndProcessing()
    {
        LetterboxdSession session;
        try
        {
            session = new LetterboxdSession(Apply(new SessionOptions())) { ConfigurationPath = ResolvedConfigurationPath };
        }
        catch (LetterboxdException error)
        {
            Stop(error);
            return;
        }

        if (Default.IsPresent)
        {
            DefaultSession.Replace(session);
            WriteVerbose($"default session now uses {session.Options.BaseUri}");
        }

        WriteObject(session);
    }
}
