namespace Rustboxd.Sessions;

/// <summary>A snapshot of what a session has done since it was created.</summary>
public sealed class SessionStatistics
{
    /// <summary>HTTP requests sent, counting every retry and redirect hop.</summary>
    public long RequestsSent { get; init; }

    /// <summary>Fetches that ended with the page.</summary>
    public long Succeeded { get; init; }

    /// <summary>Fetches that ended with an error (not found, private, blocked, rate limited, failed).</summary>
    public long Failed { get; init; }

    /// <summary>Attempts repeated after a transient failure.</summary>
    public long Retried { get; init; }

    public long ServedFromCache { get; init; }

    /// <summary>429 responses received.</summary>
    public long RateLimitedResponses { get; init; }

    /// <summary>Bot-protection challenge pages received.</summary>
    public long Challenges { get; init; }

    /// <summary>Total time requests waited for the rate limiter.</summary>
    public TimeSpan LimiterWait { get; init; }

    /// <summary>Mean time from sending a request to having its whole body, over every request sent.</summary>
    public TimeSpan MeanLatency { get; init; }

    public override string ToString() =>
        $"{RequestsSent} sent, {Succeeded} ok, {Failed} failed, {Retried} retried, {ServedFromCache} from cache";
}

/// <summary>The live counters behind <see cref="SessionStatistics"/>; updated from any thread.</summary>
internal sealed class StatisticsCounters
{
    private long _sent;
    private long _succeeded;
    private long _failed;
    private long _retried;
    private long _cacheHits;
    private long _rateLimited;
    private long _challenges;
    private long _limiterWaitTicks;
    private long _latencyTicks;
    private long _latencySamples;

    public void Sent(TimeSpan latency)
    {
        Interlocked.Increment(ref _sent);
        Interlocked.Add(ref _latencyTicks, latency.Ticks);
        Interlocked.Increment(ref _latencySamples);
    }

    public void SendFailed() => Interlocked.Increment(ref _sent);

    public void Succeeded() => Interlocked.Increment(ref _succeeded);

    public void Failed() => Interlocked.Increment(ref _failed);

    public void Retried() => Interlocked.Increment(ref _retried);

    public void CacheHit() => Interlocked.Increment(ref _cacheHits);

    public void RateLimited() => Interlocked.Increment(ref _rateLimited);

    public void Challenge() => Interlocked.Increment(ref _challenges);

    public void LimiterWaited(TimeSpan wait) => Interlocked.Add(ref _limiterWaitTicks, wait.Ticks);

    public SessionStatistics Snapshot()
    {
        var samples = Interlocked.Read(ref _latencySamples);
        return new SessionStatistics
        {
            RequestsSent = Interlocked.Read(ref _sent),
            Succeeded = Interlocked.Read(ref _succeeded),
            Failed = Interlocked.Read(ref _failed),
            Retried = Interlocked.Read(ref _retried),
            ServedFromCache = Interlocked.Read(ref _cacheHits),
            RateLimitedResponses = Interlocked.Read(ref _rateLimited),
            Challenges = Interlocked.Read(ref _challenges),
            LimiterWait = TimeSpan.FromTicks(Interlocked.Read(ref _limiterWaitTicks)),
            MeanLatency = samples == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks) / samples),
        };
    }
}
