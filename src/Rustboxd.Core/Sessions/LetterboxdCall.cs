namespace Rustboxd.Sessions;

/// <summary>
/// One invocation's view of a session: its cancellation token, its observer, its own concurrency gate
/// (ThrottleLimit), retry budget and cache choice. Every request of the call goes through it.
/// </summary>
public sealed class LetterboxdCall : IDisposable
{
    private readonly SemaphoreSlim _gate;

    public LetterboxdCall(
        LetterboxdSession session,
        ICallObserver? observer = null,
        CancellationToken cancellationToken = default,
        int? throttleLimit = null,
        int? maximumRetryCount = null,
        bool noCache = false)
    {
        Session = session;
        Observer = observer ?? NullCallObserver.Instance;
        CancellationToken = cancellationToken;
        ThrottleLimit = throttleLimit ?? session.Options.ThrottleLimit;
        MaximumRetryCount = maximumRetryCount ?? session.Options.MaximumRetryCount;
        NoCache = noCache;
        _gate = new SemaphoreSlim(ThrottleLimit, ThrottleLimit);
    }

    public LetterboxdSession Session { get; }

    public ICallObserver Observer { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Requests this call may have in flight at once.</summary>
    public int ThrottleLimit { get; }

    public int MaximumRetryCount { get; }

    public bool NoCache { get; }

    internal SemaphoreSlim Gate => _gate;

    /// <summary>Fetches one page; <paramref name="cancellationToken"/> can stop this request alone.</summary>
    public Task<PageResponse> FetchAsync(PageRequest request, CancellationToken cancellationToken = default) =>
        Session.FetchAsync(request, this, cancellationToken);

    public void Dispose() => _gate.Dispose();
}
