using System.Collections.Concurrent;
using Rustboxd.Sessions;

namespace Rustboxd.Pipeline;

/// <summary>What the pipeline thread can be asked to write. Implemented by the cmdlet base class.</summary>
internal interface IPipelineWriter
{
    void WriteResult(object item);

    void WriteFailure(Exception failure, string target);

    void WriteVerboseLine(string message);

    void WriteDebugLine(string message);

    void WriteWarningLine(string message);

    void WriteProgressUpdate(CallProgress progress);
}

/// <summary>
/// The one way from workers to PowerShell's streams. Workers (any thread) post results into the slot of
/// their input and diagnostics into a shared queue; only the pipeline thread drains, so only it writes.
/// Results come out in input order: a slot is written only when every earlier slot is finished, while
/// verbose, debug, warning and progress lines go out as soon as the pipeline thread sees them.
/// </summary>
internal sealed class OutputChannel : ICallObserver
{
    private readonly int _pipelineThread = Environment.CurrentManagedThreadId;
    private readonly ConcurrentQueue<Diagnostic> _diagnostics = new();
    private readonly Queue<WorkSlot> _slots = new();
    private readonly SemaphoreSlim _signal = new(0);

    /// <summary>Inputs whose output has not been written completely yet.</summary>
    public int PendingSlots => _slots.Count;

    public WorkSlot OpenSlot(string target)
    {
        EnsurePipelineThread();
        var slot = new WorkSlot(target, this);
        _slots.Enqueue(slot);
        return slot;
    }

    /// <summary>Writes everything that is ready, without waiting.</summary>
    public void Drain(IPipelineWriter writer)
    {
        EnsurePipelineThread();
        while (_diagnostics.TryDequeue(out var diagnostic))
        {
            diagnostic.WriteTo(writer);
        }

        while (_slots.TryPeek(out var head))
        {
            // Read the flag first: a slot completed before this drain has all its items queued.
            var completed = head.IsCompleted;
            while (head.TryTake(out var item))
            {
                if (item is SlotFailure failure)
                {
                    writer.WriteFailure(failure.Error, head.Target);
                }
                else
                {
                    writer.WriteResult(item);
                }
            }

            if (!completed)
            {
                return;
            }

            _slots.Dequeue();
        }
    }

    /// <summary>Drains until <paramref name="done"/> holds, sleeping between posts rather than spinning.</summary>
    public void DrainUntil(IPipelineWriter writer, Func<bool> done)
    {
        Drain(writer);
        while (!done())
        {
            _signal.Wait(TimeSpan.FromMilliseconds(250));
            Drain(writer);
        }
    }

    public void Verbose(string message) => Post(new Diagnostic(DiagnosticKind.Verbose, message, null));

    public void Debug(string message) => Post(new Diagnostic(DiagnosticKind.Debug, message, null));

    public void Warning(string message) => Post(new Diagnostic(DiagnosticKind.Warning, message, null));

    public void Progress(CallProgress progress) => Post(new Diagnostic(DiagnosticKind.Progress, null, progress));

    internal void Wake()
    {
        // One pending wake-up is enough; more would only make the pipeline thread loop for nothing.
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    private void Post(Diagnostic diagnostic)
    {
        _diagnostics.Enqueue(diagnostic);
        Wake();
    }

    private void EnsurePipelineThread()
    {
        if (Environment.CurrentManagedThreadId != _pipelineThread)
        {
            throw new InvalidOperationException("Only the pipeline thread may drain the output channel.");
        }
    }

    private enum DiagnosticKind
    {
        Verbose,
        Debug,
        Warning,
        Progress,
    }

    private sealed record Diagnostic(DiagnosticKind Kind, string? Message, CallProgress? Progress)
    {
        public void WriteTo(IPipelineWriter writer)
        {
            switch (Kind)
            {
                case DiagnosticKind.Verbose:
                    writer.WriteVerboseLine(Message!);
                    break;
                case DiagnosticKind.Debug:
                    writer.WriteDebugLine(Message!);
                    break;
                case DiagnosticKind.Warning:
                    writer.WriteWarningLine(Message!);
                    break;
                default:
                    writer.WriteProgressUpdate(Progress!);
                    break;
            }
        }
    }
}

/// <summary>The output of one input: its results and errors, in the order the worker posted them.</summary>
internal sealed class WorkSlot
{
    private readonly ConcurrentQueue<object> _items = new();
    private readonly OutputChannel _channel;
    private volatile bool _completed;

    public WorkSlot(string target, OutputChannel channel)
    {
        Target = target;
        _channel = channel;
    }

    /// <summary>The input this slot serves (a user name, a slug), the target of its errors.</summary>
    public string Target { get; }

    public bool IsCompleted => _completed;

    public void Post(object item)
    {
        _items.Enqueue(item);
        _channel.Wake();
    }

    public void Fail(Exception error) => Post(new SlotFailure(error));

    public void Complete()
    {
        _completed = true;
        _channel.Wake();
    }

    public bool TryTake(out object item) => _items.TryDequeue(out item!);
}

/// <summary>An error travelling in a slot, so that it is written in input order.</summary>
internal sealed record SlotFailure(Exception Error);
