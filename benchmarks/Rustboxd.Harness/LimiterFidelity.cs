using Rustboxd.Sessions;

namespace Rustboxd.Harness;

/// <summary>
/// Sends requests through one session as fast as its limiter allows (a crawl with more requests in flight than the
/// rate needs, no latency), and reads the arrival times at the server: the rate sustained once the burst is spent, and
/// the most requests in any one-second window.
/// </summary>
internal static class LimiterFidelity
{
    public const double RateTolerance = 0.03;

    public static async Task<int> RunAsync(Options options)
    {
        var requests = options.Int("requests", 100);
        var rate = options.Double("rate", 2);
        var burst = options.Int("burst", 5);
        var report = new Report();
        report.Heading($"limiter fidelity: {requests} requests at {rate}/s, burst {burst}");

        await using var server = await ReplayHost.StartAsync(requests);
        using var session = new LetterboxdSession(new SessionOptions
        {
            BaseUri = server.BaseUri, RequestsPerSecond = rate, BurstSize = burst,
        });
        var crawl = await Crawl.FilmsAsync(session, throttleLimit: 8);
        var arrivals = server.Requests.Select(r => r.Time).Order().ToArray();
        var figures = Measure(arrivals, burst);

        report.Line($"requests seen by the server: {arrivals.Length} in {Report.Number(figures.Span.TotalSeconds)} s");
        report.Line($"sustained rate after the burst (requests {burst + 1}..{arrivals.Length}): " +
            $"{Report.Number(figures.Sustained, "0.000")}/s; overall, burst included: {Report.Number(figures.Overall, "0.000")}/s");
        report.Line($"most requests in any 1 s window: {figures.MostInOneSecond}");
        var deviation = Math.Abs(figures.Sustained - rate) / rate;
        report.Verdict(crawl.Error is null && arrivals.Length == requests, "every request answered",
            $"{arrivals.Length} of {requests}{(crawl.Error is null ? string.Empty : "; " + crawl.Error)}");
        report.Verdict(deviation <= RateTolerance, "sustained rate",
            $"{Report.Number(figures.Sustained, "0.000")}/s, {Report.Number(deviation * 100, "0.0")} % from {rate}/s " +
            $"(target within {RateTolerance * 100:0} %)");
        report.Verdict(figures.MostInOneSecond <= rate + burst, "largest 1 s window",
            $"{figures.MostInOneSecond} requests (target at most rate + burst = {rate + burst})");
        return report.ExitCode();
    }

    public sealed record Figures(TimeSpan Span, double Sustained, double Overall, int MostInOneSecond);

    /// <summary>The limiter's figures from sorted arrival times.</summary>
    public static Figures Measure(IReadOnlyList<DateTime> arrivals, int burst)
    {
        var afterBurst = arrivals.Skip(burst).ToArray();
        return new Figures(
            arrivals.Count < 2 ? TimeSpan.Zero : arrivals[^1] - arrivals[0],
            Throughput.RequestsPerSecond(afterBurst),
            Throughput.RequestsPerSecond(arrivals),
            MostInWindow(arrivals, TimeSpan.FromSeconds(1)));
    }

    // The most arrivals in any window [t, t + width) that starts at an arrival (the busiest windows all do).
    public static int MostInWindow(IReadOnlyList<DateTime> arrivals, TimeSpan width)
    {
        var most = 0;
        var end = 0;
        for (var start = 0; start < arrivals.Count; start++)
        {
            while (end < arrivals.Count && arrivals[end] - arrivals[start] < width)
            {
                end++;
            }

            most = Math.Max(most, end - start);
        }

        return most;
    }
}
