using Rustboxd.Errors;
using Rustboxd.Replay;
using Rustboxd.Sessions;

namespace Rustboxd.Harness;

/// <summary>
/// A bot-protection challenge in the middle of a crawl must open the session's circuit: the crawl ends with the
/// challenge error, no request reaches the server after the client saw the challenge (the moment the session reports
/// the circuit open, on the same clock as the server's arrival times), and a second call during the pause is refused
/// without a request. Requests the client sent before it saw the challenge may still arrive after the server answered
/// it: they were in flight, and are counted apart.
/// </summary>
internal static class ChallengeDrill
{
    private const int LatencyMs = 50;

    public static async Task<int> RunAsync(Options options)
    {
        var pages = options.Int("pages", 20);
        var throttleLimit = options.Int("throttle-limit", 3);
        var challenged = options.Int("challenge-page", 5);
        var report = new Report();
        report.Heading($"challenge drill: {pages}-page crawl, ThrottleLimit {throttleLimit}, {LatencyMs} ms latency, " +
            $"page {challenged} answers with the challenge page (403)");

        await using var server = await ReplayHost.StartAsync(pages, LatencyMs);
        server.SetFaults(
        [
            new FaultRule { Pattern = ".*", Kind = "latency", LatencyMs = LatencyMs },
            new FaultRule
            {
                Pattern = $"^{ReplayHost.FilmsPath}page/{challenged}/$", Kind = "respond", Status = 403,
                File = "errors/challenge.html",
            },
        ]);

        using var session = new LetterboxdSession(new SessionOptions
        {
            BaseUri = server.BaseUri, RequestsPerSecond = 20, BurstSize = 5,
        });
        var circuit = new CircuitWatch();
        var crawl = await Crawl.FilmsAsync(session, throttleLimit, observer: circuit);
        var requests = server.Requests;
        var challenge = requests.Single(r => r.Path.EndsWith($"/page/{challenged}/", StringComparison.Ordinal));
        var answeredAt = challenge.Time.AddMilliseconds(LatencyMs);
        var openedAt = circuit.OpenedAt ?? DateTime.MaxValue;
        var after = requests.Count(r => r.Time > openedAt);
        var inFlight = requests.Count(r => r.Time > challenge.Time && r.Time <= openedAt);

        report.Line($"server saw {requests.Count} requests; the client saw the challenge " +
            $"{Report.Number((openedAt - answeredAt).TotalMilliseconds, "0.0")} ms after the server answered it; " +
            $"{inFlight} requests arrived between the challenge's arrival and that moment (sent before it, in flight), " +
            $"{after} after it; the crawl returned {crawl.Films.Count} films, then its error");
        report.Verdict(crawl.Error?.Contains(nameof(BlockedException), StringComparison.Ordinal) == true,
            "the crawl ends with the challenge error", Shorten(crawl.Error) ?? "no error");
        report.Verdict(after == 0, "no request after the challenge", $"{after} requests (target 0)");
        report.Verdict(session.PausedUntil is not null, "the session is paused",
            session.PausedUntil is { } until ? $"until {until:HH:mm:ss} UTC" : "not paused");

        server.ClearRequests();
        var second = await Crawl.FilmsAsync(session, throttleLimit);
        var refusedWithoutRequest = second.Error?.Contains("paused", StringComparison.Ordinal) == true
            && server.Requests.Count == 0;
        report.Verdict(refusedWithoutRequest, "a second call during the pause is refused without a request",
            $"{server.Requests.Count} requests; {Shorten(second.Error)}");
        return report.ExitCode();
    }

    /// <summary>Notes when the session reports that a challenge opened its circuit.</summary>
    private sealed class CircuitWatch : ICallObserver
    {
        private long _openedTicks;

        public DateTime? OpenedAt => Interlocked.Read(ref _openedTicks) is var ticks and > 0
            ? new DateTime(ticks, DateTimeKind.Utc)
            : null;

        public void Debug(string message)
        {
            if (message.StartsWith("challenge page for", StringComparison.Ordinal))
            {
                Interlocked.CompareExchange(ref _openedTicks, DateTime.UtcNow.Ticks, 0);
            }
        }

        public void Verbose(string message)
        {
        }

        public void Warning(string message)
        {
        }

        public void Progress(CallProgress progress)
        {
        }
    }

    private static string? Shorten(string? error) => error is { Length: > 110 } ? error[..110] + "…" : error;
}
