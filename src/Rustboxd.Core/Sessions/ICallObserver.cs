namespace Rustboxd.Sessions;

/// <summary>
/// Where the engine reports what it is doing during one call. Implementations must be thread-safe:
/// workers call it from the thread pool. The PowerShell layer queues these for the pipeline thread.
/// </summary>
public interface ICallObserver
{
    void Verbose(string message);

    void Debug(string message);

    void Warning(string message);

    void Progress(CallProgress progress);
}

/// <summary>Progress of multi-page work: what, how far, and whether it is finished.</summary>
public sealed record CallProgress(string Activity, string Status, int PercentComplete, bool Completed = false);

/// <summary>An observer that drops everything; for tests and callers that do not listen.</summary>
public sealed class NullCallObserver : ICallObserver
{
    public static readonly NullCallObserver Instance = new();

    public void Verbose(string message)
    {
    }

    public void Debug(string message)
    {
    }

    public void Warning(string message)
    {
    }

    public void Progress(CallProgress progress)
    {
    }
}
