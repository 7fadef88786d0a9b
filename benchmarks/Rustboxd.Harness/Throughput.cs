using Rustboxd.Replay;
using Rustboxd.Sessions;

namespace Rustboxd.Harness;

/// <summary>
/// Crawls a member with many pages of films through a replay server that answers each request after a fixed latency,
/// at each rate limit and ThrottleLimit, and compares the request rate achieved with the ideal
/// min(rate, ThrottleLimit / latency). Rates are the server's, from the requests' arrival times. Page 1 says how many
/// pages there are, so it is always fetched alone first: the achieved rate is that of the parallel part, pages 2..N
/// (N - 2 intervals from the arrival of page 2 to that of page N); the overall rate, page 1 included, is shown beside
/// it. The burst is 1, so the limiter allows exactly the configured rate.
/// </summary>
internal static class Throughput
{
    public const double Target = 0.90;

    public static async Task<int> RunAsync(Options options)
    {
        var pages = options.Int("pages", 30);
        var latencyMs = options.Int("latency-ms", 150);
        var rates = options.Doubles("rates", [2, 20]);
        var limits = options.Ints("throttle-limits", [1, 3, 8]);
        var report = new Report();
        report.Heading($"throughput: {pages} pages of {ReplayHost.FilmsPath}, {latencyMs} ms latency per request, burst 1");

        await using var server = await ReplayHost.StartAsync(pages, latencyMs);
        await WarmUpAsync(server);
        report.Line("rate/s  ThrottleLimit  ideal/s  achieved/s  of ideal  overall/s  wall s  objects/s  first object ms  requests");
        foreach (var rate in rates)
        {
            foreach (var limit in limits)
            {
                var row = await MeasureAsync(server, rate, limit, latencyMs);
                var ideal = Math.Min(rate, limit * 1000.0 / latencyMs);
                var share = row.AchievedPerSecond / ideal;
                report.Line(
                    $"{rate,6}  {limit,13}  {Report.Number(ideal),7}  {Report.Number(row.AchievedPerSecond),10}  " +
                    $"{Report.Number(share * 100, "0.0"),7} %  {Report.Number(row.OverallPerSecond),9}  " +
                    $"{Report.Number(row.Crawl.Elapsed.TotalSeconds),6}  " +
                    $"{Report.Number(row.Crawl.Films.Count / row.Crawl.Elapsed.TotalSeconds, "0"),9}  " +
                    $"{Report.Number(row.Crawl.FirstObject.TotalMilliseconds, "0"),15}  {row.Requests,8}");
                report.Verdict(row.Crawl.Error is null && row.Requests == pages && share >= Target,
                    $"rate {rate}/s ThrottleLimit {limit}",
                    $"{Report.Number(share * 100, "0.0")} % of ideal {Report.Number(ideal)}/s (target >= {Target * 100:0} %)" +
                    (row.Crawl.Error is null ? string.Empty : $"; {row.Crawl.Error}"));
            }
        }

        return report.ExitCode();
    }

    private sealed record Row(CrawlResult Crawl, int Requests, double AchievedPerSecond, double OverallPerSecond);

    private static async Task<Row> MeasureAsync(ReplayServer server, double rate, int limit, int latencyMs)
    {
        using var session = new LetterboxdSession(new SessionOptions
        {
            BaseUri = server.BaseUri,
            RequestsPerSecond = rate,
            BurstSize = 1,
            ThrottleLimit = limit,
        });

        // One request to open the connection pool, then a pause so the bucket holds its one token again.
        using (var warm = new LetterboxdCall(session, noCache: true))
        {
            await warm.FetchAsync(new PageRequest("/sampleuser7/", ResourceKind.Member, ReplayHost.Member));
        }

        await Task.Delay(TimeSpan.FromSeconds(1.0 / rate) + TimeSpan.FromMilliseconds(50));
        server.ClearRequests();

        var crawl = await Crawl.FilmsAsync(session, limit);
        var arrivals = server.Requests.Select(r => r.Time).Order().ToArray();
        return new Row(crawl, arrivals.Length, RequestsPerSecond(arrivals[1..]), RequestsPerSecond(arrivals));
    }

    /// <summary>Intervals per second between the first and the last arrival.</summary>
    public static double RequestsPerSecond(IReadOnlyList<DateTime> arrivals)
    {
        var span = arrivals.Count < 2 ? 0 : (arrivals[^1] - arrivals[0]).TotalSeconds;
        return span > 0 ? (arrivals.Count - 1) / span : 0;
    }

    // JIT and connection set-up before anything is timed.
    private static async Task WarmUpAsync(ReplayServer server)
    {
        using var session = new LetterboxdSession(new SessionOptions
        {
            BaseUri = server.BaseUri, RequestsPerSecond = 1000, BurstSize = 1000,
        });
        await Crawl.FilmsAsync(session, 8);
    }
}
