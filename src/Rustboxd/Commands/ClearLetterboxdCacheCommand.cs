using System.Management.Automation;
using Rustboxd.Errors;
using Rustboxd.Pipeline;
using Rustboxd.Sessions;

namespace Rustboxd.Commands;

/// <summary>
/// Clear-LetterboxdCache: empties a session's page cache (the default session's when -Session is omitted), in memory
/// and, when the session has one, in its cache file. -WhatIf says how many pages it would drop.
/// </summary>
/// <remarks>
/// It writes nothing to the pipeline, so it declares no [OutputType], as PowerShell's own Remove-Item does
/// (typeof(void) would read as an output type named Void in Get-Command).
/// </remarks>
[Cmdlet(VerbsCommon.Clear, "LetterboxdCache", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
public sealed class ClearLetterboxdCacheCommand : PSCmdlet
{
    /// <summary>The sessions whose caches to clear; the default session when omitted.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true)]
    public LetterboxdSession[]? Session { get; set; }

    protected override void ProcessRecord()
    {
        LetterboxdSession[] sessions;
        try
        {
            sessions = Session ?? [DefaultSession.Current];
        }
        catch (LetterboxdException error)
        {
            ThrowTerminatingError(ErrorRecords.From(error, "default session"));
            return;
        }

        foreach (var session in sessions)
        {
            var disk = session.CacheFile is null ? string.Empty : $" and {session.CachedPagesOnDisk} in {session.CacheFile}";
            if (!ShouldProcess($"session {session.Options.BaseUri}: {session.CachedPages} pages in memory{disk}", "Clear the page cache"))
            {
                continue;
            }

            var memory = session.ClearCache();
            var onDisk = session.ClearDiskCache();
            WriteVerbose($"cleared {memory} pages from memory" + (session.CacheFile is null ? string.Empty : $" and {onDisk} from {session.CacheFile}"));
        }
    }
}
