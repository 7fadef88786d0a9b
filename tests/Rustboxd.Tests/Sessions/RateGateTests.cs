using System.Diagnostics;
using Rustboxd.Sessions;

namespace Rustboxd.Tests.Sessions;

public sealed class RateGateTests
{
    private static readonly TimeSpan Backoff = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task Lets_a_burst_through_at_once_then_spaces_requests_to_the_rate()
    {
        using var gate = new RateGate(requestsPerSecond: 10, burstSize: 5, Backoff, TimeSpan.FromSeconds(2));
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < 5; i++)
        {
            await gate.AcquireAsync(CancellationToken.None);
        }

        var burst = clock.Elapsed;
        for (var i = 0; i < 5; i++)
        {
            await gate.AcquireAsync(CancellationToken.None);
        }

        // Five more tokens at 10/s take at least four replenishment periods after the first one.
        Assert.True(burst < TimeSpan.FromMilliseconds(300), $"the burst took {burst}");
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(400), $"ten requests took only {clock.Elapsed}");
    }

    [Fact]
    public async Task Never_lets_more_than_rate_times_time_plus_burst_through()
    {
        using var gate = new RateGate(requestsPerSecond: 20, burstSize: 3, Backoff, TimeSpan.FromSeconds(2));
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 13).Select(_ => gate.AcquireAsync(CancellationToken.None).AsTask()));

        // 13 requests = 3 from the burst + 10 at 20/s: at least half a second, whatever the concurrency.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(450), $"13 requests took only {clock.Elapsed}");
    }

    [Fact]
    public async Task Pauses_every_caller_for_retry_after_and_halves_the_rate_after_a_429()
    {
        using var gate = new RateGate(requestsPerSecond: 8, burstSize: 5, Backoff, TimeSpan.FromSeconds(2));

        var pause = gate.ReportThrottled(TimeSpan.FromMilliseconds(400));
        var clock = Stopwatch.StartNew();
        await gate.AcquireAsync(CancellationToken.None);

        Assert.Equal(TimeSpan.FromMilliseconds(400), pause);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(380), $"waited only {clock.Elapsed}");
        Assert.Equal(4, gate.CurrentRequestsPerSecond);
    }

    [Fact]
    public void Backs_off_exponentially_on_429s_without_retry_after_up_to_the_cap()
    {
        using var gate = new RateGate(requestsPerSecond: 2, burstSize: 5, Backoff, TimeSpan.FromMilliseconds(700));

        var pauses = Enumerable.Range(0, 4).Select(_ => gate.ReportThrottled(null)).ToArray();

        Assert.Equal(
            [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(700), TimeSpan.FromMilliseconds(700)],
            pauses);
    }

    [Fact]
    public void Recovers_the_rate_step_by_step_after_runs_of_successes()
    {
        using var gate = new RateGate(requestsPerSecond: 8, burstSize: 5, Backoff, TimeSpan.FromSeconds(2));
        gate.ReportThrottled(TimeSpan.Zero);
        gate.ReportThrottled(TimeSpan.Zero);
        Assert.Equal(2, gate.CurrentRequestsPerSecond);

        for (var i = 0; i < 5; i++)
        {
            gate.ReportSuccess();
        }

        Assert.Equal(4, gate.CurrentRequestsPerSecond);
        for (var i = 0; i < 5; i++)
        {
            gate.ReportSuccess();
        }

        Assert.Equal(8, gate.CurrentRequestsPerSecond);
    }

    [Fact]
    public async Task Stops_waiting_when_the_call_is_cancelled()
    {
        using var gate = new RateGate(requestsPerSecond: 0.5, burstSize: 1, Backoff, TimeSpan.FromSeconds(2));
        await gate.AcquireAsync(CancellationToken.None);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.AcquireAsync(cancellation.Token).AsTask());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"cancelling took {clock.Elapsed}");
    }
}
