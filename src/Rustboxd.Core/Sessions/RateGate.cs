using System.Diagnostics;
using System.Threading.RateLimiting;

namespace Rustboxd.Sessions;

/// <summary>
/// The session's politeness: a token bucket (System.Threading.RateLimiting) for the configured rate and
/// burst, plus the adaptive part the bucket cannot do. A 429 pauses every caller until Retry-After (or a
/// back-off) has passed and halves the effective rate; the rate then recovers step by step with each run
/// of successful responses.
/// </summary>
internal sealed class RateGate : IDisposable
{
    private const double SlowestFactor = 1.0 / 16;
    private const int SuccessesPerRecoveryStep = 5;

    private readonly TokenBucketRateLimiter _bucket;
    private readonly double _requestsPerSecond;
    private readonly TimeSpan _initialBackoff;
    private readonly TimeSpan _maximumBackoff;
    private readonly object _lock = new();
    private long _resumeAtTimestamp;
    private long _nextSlotTimestamp;
    private double _speedFactor = 1;
    private int _successesSinceSlowdown;
    private int _throttlesInARow;

    public RateGate(double requestsPerSecond, int burstSize, TimeSpan initialBackoff, TimeSpan maximumBackoff)
    {
        _requestsPerSecond = requestsPerSecond;
        _initialBackoff = initialBackoff;
        _maximumBackoff = maximumBackoff;
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = burstSize,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1 / requestsPerSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    /// <summary>The rate in effect now, in requests per second (lower than configured after a 429).</summary>
    public double CurrentRequestsPerSecond
    {
        get
        {
            lock (_lock)
            {
                return _requestsPerSecond * _speedFactor;
            }
        }
    }

    /// <summary>Waits until the session may send one request; returns how long that took.</summary>
    public async ValueTask<TimeSpan> AcquireAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();

        await DelayUntilAsync(Volatile.Read(ref _resumeAtTimestamp), cancellationToken).ConfigureAwait(false);

        using var lease = await _bucket.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The session's rate limiter refused a request; its queue is full.");
        }

        // While slowed down, requests are also spaced at the reduced rate.
        await DelayUntilAsync(ReserveSlowdownSlot(), cancellationToken).ConfigureAwait(false);

        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>A 429 arrived: pause everyone and slow down. Returns the pause applied.</summary>
    public TimeSpan ReportThrottled(TimeSpan? retryAfter)
    {
        lock (_lock)
        {
            _throttlesInARow++;
            _successesSinceSlowdown = 0;
            _speedFactor = Math.Max(SlowestFactor, _speedFactor / 2);

            var backoff = TimeSpan.FromTicks(Math.Min(
                _maximumBackoff.Ticks, _initialBackoff.Ticks * (long)Math.Pow(2, Math.Min(_throttlesInARow - 1, 20))));
            var pause = retryAfter ?? backoff;
            var resumeAt = Stopwatch.GetTimestamp() + (long)(pause.TotalSeconds * Stopwatch.Frequency);
            _resumeAtTimestamp = Math.Max(_resumeAtTimestamp, resumeAt);
            return pause;
        }
    }

    /// <summary>A response other than 429 arrived: one step towards full speed.</summary>
    public void ReportSuccess()
    {
        lock (_lock)
        {
            _throttlesInARow = 0;
            if (_speedFactor >= 1 || ++_successesSinceSlowdown < SuccessesPerRecoveryStep)
            {
                return;
            }

            _successesSinceSlowdown = 0;
            _speedFactor = Math.Min(1, _speedFactor * 2);
        }
    }

    public void Dispose() => _bucket.Dispose();

    private long ReserveSlowdownSlot()
    {
        lock (_lock)
        {
            if (_speedFactor >= 1)
            {
                return 0;
            }

            var now = Stopwatch.GetTimestamp();
            var interval = (long)(Stopwatch.Frequency / (_requestsPerSecond * _speedFactor));
            var slot = Math.Max(now, _nextSlotTimestamp);
            _nextSlotTimestamp = slot + interval;
            return slot;
        }
    }

    private static Task DelayUntilAsync(long timestamp, CancellationToken cancellationToken)
    {
        var wait = timestamp - Stopwatch.GetTimestamp();
        return wait <= 0
            ? Task.CompletedTask
            : Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), cancellationToken);
    }
}
