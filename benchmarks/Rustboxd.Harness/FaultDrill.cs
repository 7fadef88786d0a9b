using System.Globalization;
using Rustboxd.Replay;
using Rustboxd.Sessions;

namespace Rustboxd.Harness;

/// <summary>
/// A crawl under injected transient faults must give exactly what the clean crawl gives. The faults hit a share of
/// the crawl's requests at random (seeded, so a run repeats): 429 with Retry-After, 500, 502, 503, connection resets
/// and bodies cut short, in equal parts. Reports the requests the server saw against the clean run's: every request
/// beyond the clean run's must answer a fault (one retry per fault, nothing wasted), and over the seeds the mean must
/// stay within the target. How many faults a seed draws is chance: at a 30 % rate the expected ratio is 1 / 0.7 = 1.43.
/// </summary>
internal static class FaultDrill
{
    public const double RequestTarget = 1.5;

    private static readonly FaultRule[] Kinds =
    [
        new() { Kind = "status", Status = 429, RetryAfter = "1" },
        new() { Kind = "status", Status = 500 },
        new() { Kind = "status", Status = 502 },
        new() { Kind = "status", Status = 503 },
        new() { Kind = "reset" },
        new() { Kind = "truncate" },
    ];

    public static async Task<int> RunAsync(Options options)
    {
        var pages = options.Int("pages", 20);
        var faultRate = options.Double("fault-rate", 0.3);
        var seeds = options.Ints("seeds", [1, 2, 3, 4, 5]);
        var maximumRetryCount = options.Int("max-retry", 6);
        var report = new Report();
        report.Heading($"fault drill: {pages}-page crawl, {faultRate * 100:0} % of requests faulted " +
            $"(429 with Retry-After 1, 500, 502, 503, reset, truncated body), -MaximumRetryCount {maximumRetryCount}");

        await using var server = await ReplayHost.StartAsync(pages);
        var clean = await CrawlAsync(server, maximumRetryCount);
        var cleanRequests = server.Requests.Count;
        report.Line($"clean run: {clean.Films.Count} films from {cleanRequests} requests" +
            (clean.Error is null ? string.Empty : $"; {clean.Error}"));
        report.Verdict(clean.Error is null && cleanRequests == pages, "clean run", $"{cleanRequests} requests");

        var ratios = new List<double>();
        foreach (var seed in seeds)
        {
            server.ClearRequests();
            server.SetFaults(Rules(faultRate, seed));
            var faulted = await CrawlAsync(server, maximumRetryCount);
            server.ClearFaults();

            var seen = server.Requests;
            var faults = seen.Count(r => r.Fault is not null);
            var ratio = (double)seen.Count / cleanRequests;
            var identical = faulted.Error is null && faulted.Films.SequenceEqual(clean.Films);
            report.Line($"seed {seed}: {seen.Count} requests, {faults} faulted " +
                $"({string.Join(", ", seen.Where(r => r.Fault is not null).GroupBy(Describe).Select(g => $"{g.Count()} {g.Key}"))}), " +
                $"{Report.Number(faulted.Elapsed.TotalSeconds, "0.0")} s");
            report.Verdict(identical, $"seed {seed} output identical to the clean run",
                identical ? $"{faulted.Films.Count} films" : $"{faulted.Films.Count} films; {faulted.Error ?? "films differ"}");
            report.Verdict(seen.Count - faults == cleanRequests, $"seed {seed} one retry per fault",
                $"{seen.Count} requests = {cleanRequests} + {faults} faulted ({Report.Number(ratio)}x the clean run)");
            ratios.Add(ratio);
        }

        report.Verdict(ratios.Average() <= RequestTarget, "requests over all seeds",
            $"mean {Report.Number(ratios.Average())}x the clean run, highest {Report.Number(ratios.Max())}x " +
            $"(target at most {RequestTarget}x; expected {Report.Number(1 / (1 - faultRate))}x at this fault rate)");
        return report.ExitCode();
    }

    /// <summary>
    /// One rule per kind, each with its own seeded draw. Rules are tried in order and the first that applies wins, so
    /// rule i applies with share / (1 - i * share) to give each kind an equal part of the total.
    /// </summary>
    public static IReadOnlyList<FaultRule> Rules(double faultRate, int seed)
    {
        var share = faultRate / Kinds.Length;
        return Kinds.Select((kind, index) => kind with
        {
            Pattern = "^" + ReplayHost.FilmsPath,
            Probability = share / (1 - index * share),
            Seed = seed * 100 + index,
        }).ToArray();
    }

    private static string Describe(RecordedRequest request) =>
        request.Fault == "status" ? request.Status.ToString(CultureInfo.InvariantCulture) : request.Fault ?? "none";

    private static async Task<CrawlResult> CrawlAsync(ReplayServer server, int maximumRetryCount)
    {
        using var session = new LetterboxdSession(new SessionOptions
        {
            BaseUri = server.BaseUri, RequestsPerSecond = 10, BurstSize = 5,
        });
        return await Crawl.FilmsAsync(session, throttleLimit: 3, maximumRetryCount);
    }
}
