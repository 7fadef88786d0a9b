using System.Management.Automation;
using Rustboxd.Errors;
using Rustboxd.Pipeline;
using Rustboxd.Sessions;

namespace Rustboxd.Commands;

/// <summary>
/// The one base of every cmdlet that talks to Letterboxd. It owns the session choice, the call's
/// cancellation (Ctrl+C and Select-Object -First both cancel it) and the output channel. Derived cmdlets
/// validate their input and hand each input's work to <see cref="Start{T}"/> or <see cref="StartMany{T}"/>;
/// the work runs on the thread pool, and its output is written here, on the pipeline thread, in input order.
/// </summary>
public abstract class LetterboxdCmdlet : PSCmdlet, IDisposable, IPipelineWriter
{
    private readonly CancellationTokenSource _cancellation = new();

    // At most four updates a second per activity, so a fast crawl does not flood the host.
    private readonly ProgressThrottle _progressThrottle = new(TimeSpan.FromMilliseconds(250));
    private readonly Dictionary<string, int> _progressIds = [];
    private OutputChannel? _channel;
    private LetterboxdCall? _call;
    private int _running;

    /// <summary>The session to use; the process-wide default session when omitted.</summary>
    [Parameter]
    public LetterboxdSession? Session { get; set; }

    /// <summary>Requests in flight at once for this call (default: the session's ThrottleLimit, 3).</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; }

    /// <summary>Retries of a transient failure (5xx, 408, 429, time-out, reset) for this call.</summary>
    [Parameter]
    [Alias("MaxRetry")]
    [ValidateRange(0, 20)]
    public int MaximumRetryCount { get; set; }

    /// <summary>Fetch every page from the site, neither reading nor filling the session's cache.</summary>
    [Parameter]
    public SwitchParameter NoCache { get; set; }

    protected LetterboxdCall Call => _call ?? throw new InvalidOperationException("BeginProcessing has not run.");

    private OutputChannel Channel => _channel ?? throw new InvalidOperationException("BeginProcessing has not run.");

    protected override void BeginProcessing()
    {
        var session = Session ?? DefaultSessionOrStop();
        _channel = new OutputChannel();
        _call = new LetterboxdCall(
            session,
            _channel,
            _cancellation.Token,
            MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit)) ? ThrottleLimit : null,
            MyInvocation.BoundParameters.ContainsKey(nameof(MaximumRetryCount)) ? MaximumRetryCount : null,
            NoCache.IsPresent);
        WriteDebug($"session {session.Options.BaseUri} throttle {Call.ThrottleLimit} retries {Call.MaximumRetryCount}");
    }

    /// <summary>The default session; a configuration file that cannot be read stops the call with its error.</summary>
    private protected LetterboxdSession DefaultSessionOrStop()
    {
        try
        {
            return DefaultSession.Current;
        }
        catch (LetterboxdException error)
        {
            ThrowTerminatingError(ErrorRecords.From(error, error.Target ?? "default session"));
            throw;
        }
    }

    protected override void EndProcessing() => Guarded(() => Channel.DrainUntil(this, () => Channel.PendingSlots == 0));

    protected override void StopProcessing() => _cancellation.Cancel();

    public void Dispose()
    {
        _cancellation.Cancel();
        _call?.Dispose();
        _cancellation.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs the work for one input that yields one object.</summary>
    protected void Start<T>(string target, Func<LetterboxdCall, Task<T>> work) where T : notnull =>
        Launch(target, async slot => slot.Post(await work(Call).ConfigureAwait(false)));

    /// <summary>Runs the work for one input that yields a stream of objects.</summary>
    protected void StartMany<T>(string target, Func<LetterboxdCall, CancellationToken, IAsyncEnumerable<T>> work)
        where T : notnull =>
        Launch(target, async slot =>
        {
            await foreach (var item in work(Call, _cancellation.Token).ConfigureAwait(false))
            {
                slot.Post(item);
            }
        });

    /// <summary>
    /// Runs the work for one input that reads paged listings, applying -Skip, -First and -IncludeTotalCount
    /// when the cmdlet supports paging. Several listings are read in turn, as one collection.
    /// </summary>
    private protected void StartPaged<T>(string target, params Func<LetterboxdCall, Listing<T>>[] listings) where T : notnull =>
        StartMany(target, (call, cancellation) =>
            PagedOutput.ReadAsync(PagingParameters, listings.Select(listing => listing(call)).ToArray(), cancellation));

    /// <summary>
    /// Validates one input with <paramref name="validate"/>; a refused input is reported in its place among
    /// the other inputs' output, before any request, and the caller moves on to the next input.
    /// </summary>
    protected bool TryValidate(string? input, Func<string?, string> validate, out string valid)
    {
        try
        {
            valid = validate(input);
            return true;
        }
        catch (InvalidInputException error)
        {
            Refuse(input ?? string.Empty, error);
            valid = string.Empty;
            return false;
        }
    }

    /// <summary>Reports an input refused before any request, in its place among the other inputs' output.</summary>
    protected void Refuse(string target, LetterboxdException error)
    {
        var slot = Channel.OpenSlot(target);
        slot.Fail(error);
        slot.Complete();
        Guarded(() => Channel.Drain(this));
    }

    private void Launch(string target, Func<WorkSlot, Task> work)
    {
        // Keep the backlog of inputs bounded, writing what is ready while waiting.
        Guarded(() => Channel.DrainUntil(this, () => Volatile.Read(ref _running) < Call.ThrottleLimit * 2));

        var slot = Channel.OpenSlot(target);
        Interlocked.Increment(ref _running);
        _ = Task.Run(async () =>
        {
            try
            {
                await work(slot).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
            {
                // Stopped by Ctrl+C or by a downstream Select-Object -First: nothing to report.
            }
            catch (Exception error)
            {
                slot.Fail(error);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
                slot.Complete();
            }
        });

        Guarded(() => Channel.Drain(this));
    }

    // Whatever stops the pipeline while writing (Select-Object -First, Ctrl+C, a terminating error) stops the work too.
    private void Guarded(Action write)
    {
        try
        {
            write();
        }
        catch
        {
            _cancellation.Cancel();
            throw;
        }
    }

    void IPipelineWriter.WriteResult(object item) => WriteObject(item);

    void IPipelineWriter.WriteFailure(Exception failure, string target)
    {
        var record = ErrorRecords.From(failure, target);
        if (failure is LetterboxdException { StopsTheCall: true })
        {
            _cancellation.Cancel();
            ThrowTerminatingError(record);
        }

        WriteError(record);
    }

    void IPipelineWriter.WriteVerboseLine(string message) => WriteVerbose(message);

    void IPipelineWriter.WriteDebugLine(string message) => WriteDebug(message);

    void IPipelineWriter.WriteWarningLine(string message) => WriteWarning(message);

    void IPipelineWriter.WriteProgressUpdate(CallProgress progress)
    {
        if (!_progressThrottle.Admits(progress))
        {
            return;
        }

        if (!_progressIds.TryGetValue(progress.Activity, out var id))
        {
            id = _progressIds[progress.Activity] = _progressIds.Count + 1;
        }

        WriteProgress(new ProgressRecord(id, progress.Activity, progress.Status)
        {
            PercentComplete = Math.Clamp(progress.PercentComplete, -1, 100),
            RecordType = progress.Completed ? ProgressRecordType.Completed : ProgressRecordType.Processing,
        });
    }
}
