namespace Rustboxd.Replay;

/// <summary>How to start a <see cref="ReplayServer"/>.</summary>
public sealed class ReplayServerOptions
{
    /// <summary>Folders holding a routes.tsv and/or files; for a path in several, the last one wins.</summary>
    public IReadOnlyList<string> Roots { get; init; } = [];

    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Fault rules in force from the start.</summary>
    public IReadOnlyList<FaultRule> Faults { get; init; } = [];

    /// <summary>Routed collection pages served as longer collections (see <see cref="PagedRoute"/>).</summary>
    public IReadOnlyList<PagedRoute> Paged { get; init; } = [];

    /// <summary>
    /// The process that started the server (build.ps1's PowerShell): when it ends, however it ends, the server stops
    /// too, so a killed Serve task never leaves a server behind. Null serves until Ctrl+C or SIGTERM.
    /// </summary>
    public int? ParentProcessId { get; init; }

    /// <summary>Log the server's warnings and errors to standard error (never to standard output).</summary>
    public bool LogWarningsToStandardError { get; init; } = true;
}
