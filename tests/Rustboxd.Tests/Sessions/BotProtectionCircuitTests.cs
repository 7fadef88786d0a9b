using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Rustboxd.Errors;
using Rustboxd.Sessions;

namespace Rustboxd.Tests.Sessions;

/// <summary>
/// The circuit a challenge page opens must also stop requests that were already waiting for the rate limiter when it
/// opened (found by the challenge drill: at 20 requests/s two such requests still reached the server).
/// </summary>
public sealed class BotProtectionCircuitTests
{
    [Fact]
    public async Task Does_not_send_a_request_that_was_waiting_for_the_limiter_when_a_challenge_arrived()
    {
        var site = new ChallengeOnRelease();
        // One token, refilled every half second: the second request must wait for the limiter.
        using var session = new LetterboxdSession(new SessionOptions
        {
            BaseUri = new Uri("https://letterboxd.test/"), RequestsPerSecond = 2, BurstSize = 1,
        }, site);
        using var first = new LetterboxdCall(session);
        using var second = new LetterboxdCall(session);

        var challenged = first.FetchAsync(new PageRequest("/challenged/", ResourceKind.Member, "challenged"));
        await site.FirstRequestArrived.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var waiting = second.FetchAsync(new PageRequest("/waiting/", ResourceKind.Member, "waiting"));
        site.ReleaseChallenge();

        var blocked = await Assert.ThrowsAsync<BlockedException>(() => challenged);
        var refused = await Assert.ThrowsAsync<BlockedException>(() => waiting);
        Assert.Equal(ErrorIds.BlockedByBotProtection, blocked.ErrorId);
        Assert.Equal(ErrorIds.SessionPaused, refused.ErrorId);
        Assert.Equal(["/challenged/"], site.Paths);
    }

    /// <summary>Answers /challenged/ with a challenge page once released; anything else with a plain page.</summary>
    private sealed class ChallengeOnRelease : HttpMessageHandler
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ConcurrentQueue<string> _paths = new();

        public TaskCompletionSource FirstRequestArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IEnumerable<string> Paths => _paths;

        public void ReleaseChallenge() => _release.SetResult();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            _paths.Enqueue(path);
            if (path != "/challenged/")
            {
                return Html(HttpStatusCode.OK, "<p>page</p>");
            }

            FirstRequestArrived.TrySetResult();
            await _release.Task.WaitAsync(cancellationToken);
            return Html(HttpStatusCode.Forbidden, Corpus.ReadSynthetic("errors/challenge.html"));
        }

        private static HttpResponseMessage Html(HttpStatusCode status, string body) =>
            new(status) { Content = new StringContent(body, Encoding.UTF8, "text/html") };
    }
}
