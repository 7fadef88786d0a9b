using System.Management.Automation;
using Rustboxd.Errors;
using Rustboxd.Pipeline;
using Rustboxd.Sessions;

namespace Rustboxd.Commands;

/// <summary>
/// Set-LetterboxdSession: changes a session's settings in place (the default session when -Session is omitted), so
/// every cmdlet and runspace holding it goes on with the new ones. Only the parameters given change anything.
/// </summary>
[Cmdlet(VerbsCommon.Set, "LetterboxdSession", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(LetterboxdSession))]
public sealed class SetLetterboxdSessionCommand : SessionSettingsCmdlet
{
    /// <summary>The session to change; the default session when omitted.</summary>
    [Parameter(ValueFromPipeline = true)]
    public LetterboxdSession? Session { get; set; }

    /// <summary>Write the changed session to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        LetterboxdSession session;
        SessionOptions options;
        try
        {
            session = Session ?? DefaultSession.Current;
            options = Apply(session.Options).Validated();
        }
        catch (LetterboxdException error)
        {
            Stop(error);
            return;
        }

        var changes = Changes(session.Options, options);
        if (changes.Count == 0)
        {
            WriteVerbose("nothing to change");
        }
        else if (ShouldProcess($"session {session.Options.BaseUri}", "Set " + string.Join(", ", changes)))
        {
            try
            {
                session.Reconfigure(options);
            }
            catch (LetterboxdException error)
            {
                Stop(error);
                return;
            }

            session.ConfigurationPath = ResolvedConfigurationPath ?? session.ConfigurationPath;
            WriteVerbose("set " + string.Join(", ", changes));
        }

        if (PassThru.IsPresent)
        {
            WriteObject(session);
        }
    }

    // "RequestsPerSecond = 1" for each setting that differs, in SessionOptions' order.
    private static List<string> Changes(SessionOptions before, SessionOptions after) =>
        typeof(SessionOptions).GetProperties()
            .Select(property => (property.Name, Before: property.GetValue(before), After: property.GetValue(after)))
            .Where(setting => !Equals(setting.Before, setting.After))
            .Select(setting => $"{setting.Name} = {setting.After ?? "(none)"}")
            .ToList();
}
