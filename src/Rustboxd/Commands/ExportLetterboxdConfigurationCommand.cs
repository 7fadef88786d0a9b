using System.Management.Automation;
using Rustboxd.Errors;
using Rustboxd.Pipeline;
using Rustboxd.Sessions;

namespace Rustboxd.Commands;

/// <summary>
/// Export-LetterboxdConfiguration: writes a session's settings (the default session's when -Session is omitted) to a
/// rustboxd.toml file, by default the one in the platform's configuration folder that the default session reads at
/// its start. Export, as Export-Csv and Export-Clixml: it turns the input into a file, and it overwrites unless told
/// -NoClobber.
/// </summary>
[Cmdlet(VerbsData.Export, "LetterboxdConfiguration", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(FileInfo))]
public sealed class ExportLetterboxdConfigurationCommand : PSCmdlet
{
    /// <summary>The session whose settings to write; the default session when omitted.</summary>
    [Parameter(ValueFromPipeline = true)]
    public LetterboxdSession? Session { get; set; }

    /// <summary>The file to write; the platform's rustboxd.toml when omitted.</summary>
    [Parameter(Position = 0)]
    public string? Path { get; set; }

    /// <summary>Refuse to replace an existing file.</summary>
    [Parameter]
    public SwitchParameter NoClobber { get; set; }

    /// <summary>Write the file's FileInfo to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var target = Path is null ? SessionConfiguration.DefaultPath : SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        if (NoClobber.IsPresent && File.Exists(target))
        {
            WriteError(new ErrorRecord(
                new IOException($"{target} exists and -NoClobber was given; nothing was written."),
                ErrorIds.ConfigurationWriteFailed, ErrorCategory.ResourceExists, target));
            return;
        }

        try
        {
            var session = Session ?? DefaultSession.Current;
            if (!ShouldProcess(target, "Write the session's settings"))
            {
                return;
            }

            SessionConfiguration.Save(session.Options, target);
            WriteVerbose($"settings of session {session.Options.BaseUri} written to {target}");
        }
        catch (LetterboxdException error)
        {
            ThrowTerminatingError(ErrorRecords.From(error, target));
            return;
        }

        if (PassThru.IsPresent)
        {
            WriteObject(new FileInfo(target));
        }
    }
}
