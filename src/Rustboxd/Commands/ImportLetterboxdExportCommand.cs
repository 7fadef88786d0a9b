using System.Collections.ObjectModel;
using System.Management.Automation;
using Rustboxd.Errors;
using Rustboxd.Export;
using Rustboxd.Models;
using Rustboxd.Pipeline;
using Rustboxd.Sessions;

namespace Rustboxd.Commands;

/// <summary>
/// Import-LetterboxdExport: the member's own data from the export Letterboxd hands out (Settings, Data), as typed
/// objects named like those of the online cmdlets. Reads the zip, its unpacked folder or one CSV file; sends nothing
/// over the network. An unreadable row is a non-terminating error naming its file and line; the rest are returned.
/// </summary>
[Cmdlet(VerbsData.Import, "LetterboxdExport", DefaultParameterSetName = PathSet)]
[OutputType(typeof(ExportDiaryEntry), typeof(ExportFilm), typeof(ExportWatchlistEntry), typeof(ExportReview),
    typeof(ExportLike), typeof(ExportComment), typeof(ExportProfile), typeof(ExportList))]
public sealed class ImportLetterboxdExportCommand : PSCmdlet
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";

    /// <summary>The export zip, the folder it was unpacked into, or one of its CSV files; wildcards allowed.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = PathSet)]
    [SupportsWildcards]
    public string[] Path { get; set; } = [];

    /// <summary>As -Path, taken literally; binds from FileInfo objects (Get-ChildItem) by their PSPath.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = LiteralPathSet)]
    [Alias("PSPath", "LP")]
    public string[] LiteralPath { get; set; } = [];

    /// <summary>Only these kinds of data; all of them when omitted.</summary>
    [Parameter(Position = 1)]
    public ExportKind[] Kind { get; set; } = [];

    /// <summary>Also the rows under deleted/ (removed by the member) and orphaned/ (films Letterboxd removed).</summary>
    [Parameter]
    public SwitchParameter IncludeRemoved { get; set; }

    protected override void ProcessRecord()
    {
        var observer = new DirectObserver(this);
        foreach (var path in ResolvePaths())
        {
            WriteVerbose($"reading the export at {path}");
            try
            {
                foreach (var item in ExportReader.Read(path, Kind, IncludeRemoved.IsPresent, observer))
                {
                    if (item is ExportException failure)
                    {
                        WriteError(ErrorRecords.From(failure, path));
                    }
                    else
                    {
                        WriteObject(item);
                    }
                }
            }
            catch (ExportException failure)
            {
                WriteError(ErrorRecords.From(failure, path));
            }
        }
    }

    // Wildcards are expanded; a plain path that does not exist is left for the reader, whose error says what to pass.
    private IEnumerable<string> ResolvePaths()
    {
        var literal = ParameterSetName == LiteralPathSet;
        foreach (var input in literal ? LiteralPath : Path)
        {
            if (!literal && WildcardPattern.ContainsWildcardCharacters(input))
            {
                Collection<string> resolved;
                try
                {
                    resolved = SessionState.Path.GetResolvedProviderPathFromPSPath(input, out _);
                }
                catch (ItemNotFoundException)
                {
                    resolved = [];
                }

                if (resolved.Count == 0)
                {
                    WriteError(ErrorRecords.From(new ExportException(ErrorIds.ExportNotFound, LetterboxdErrorKind.NotFound,
                        $"No file or folder matches {input}.", input), input));
                }

                foreach (var path in resolved)
                {
                    yield return path;
                }

                continue;
            }

            yield return SessionState.Path.GetUnresolvedProviderPathFromPSPath(input);
        }
    }

    /// <summary>Writes the reader's notes at once: the reader runs on the pipeline thread, inside ProcessRecord.</summary>
    private sealed class DirectObserver(PSCmdlet cmdlet) : ICallObserver
    {
        public void Verbose(string message) => cmdlet.WriteVerbose(message);

        public void Debug(string message) => cmdlet.WriteDebug(message);

        public void Warning(string message) => cmdlet.WriteWarning(message);

        public void Progress(CallProgress progress) => cmdlet.WriteProgress(
            new ProgressRecord(1, progress.Activity, progress.Status) { PercentComplete = progress.PercentComplete });
    }
}
