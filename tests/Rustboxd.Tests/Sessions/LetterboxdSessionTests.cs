using System.Diagnostics;
using System.Net;
using Rustboxd.Errors;
using Rustboxd.Sessions;
using static Rustboxd.Tests.Sessions.ScriptedHandler;

namespace Rustboxd.Tests.Sessions;

public sealed class LetterboxdSessionTests
{
    private static readonly SessionOptions Fast = new()
    {
        BaseUri = new Uri("https://letterboxd.test/"),
        RequestsPerSecond = 1000,
        BurstSize = 100,
        InitialRetryDelay = TimeSpan.FromMilliseconds(10),
        MaximumRetryDelay = TimeSpan.FromMilliseconds(50),
    };

    private static readonly PageRequest Profile = new("/member/", ResourceKind.Member, "member");

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public async Task Retries_a_transient_status_and_succeeds(HttpStatusCode status)
    {
        var handler = new ScriptedHandler().On("/member/", Page(status), Page(status), Page(HttpStatusCode.OK, "<p>ok</p>"));
        using var session = new LetterboxdSession(Fast, handler);

        var response = await Fetch(session, Profile);

        Assert.Equal("<p>ok</p>", response.Body);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(2, session.Statistics.Retried);
    }

    [Fact]
    public async Task Retries_a_reset_connection()
    {
        var handler = new ScriptedHandler().On("/member/", Reset(), Page(HttpStatusCode.OK));
        using var session = new LetterboxdSession(Fast, handler);

        await Fetch(session, Profile);

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Gives_up_after_the_retry_budget_with_a_page_load_error()
    {
        var handler = new ScriptedHandler().On("/member/", Page(HttpStatusCode.ServiceUnavailable));
        using var session = new LetterboxdSession(Fast with { MaximumRetryCount = 2 }, handler);

        var error = await Assert.ThrowsAsync<PageLoadException>(() => Fetch(session, Profile));

        Assert.Equal(ErrorIds.PageLoadFailed, error.ErrorId);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task Waits_for_retry_after_on_a_429_and_succeeds()
    {
        var handler = new ScriptedHandler().On("/member/",
            Page((HttpStatusCode)429, shape: r => r.Headers.RetryAfter = new(TimeSpan.FromMilliseconds(1000))),
            Page(HttpStatusCode.OK));
        using var session = new LetterboxdSession(Fast, handler);
        var clock = Stopwatch.StartNew();

        await Fetch(session, Profile);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"retried after {clock.Elapsed}");
        Assert.Equal(1, session.Statistics.RateLimitedResponses);
        Assert.True(session.CurrentRequestsPerSecond < Fast.RequestsPerSecond);
    }

    [Fact]
    public async Task Refuses_a_retry_after_longer_than_it_will_wait_with_a_rate_limited_error()
    {
        var handler = new ScriptedHandler().On("/member/",
            Page((HttpStatusCode)429, shape: r => r.Headers.RetryAfter = new(TimeSpan.FromHours(1))));
        using var session = new LetterboxdSession(Fast, handler);

        var error = await Assert.ThrowsAnyAsync<LetterboxdException>(() => Fetch(session, Profile));

        Assert.Equal(ErrorIds.RateLimited, error.ErrorId);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData(404, "errors/not-found.html", ErrorIds.MemberNotFound)]
    [InlineData(403, "errors/private.html", ErrorIds.PrivateContent)]
    [InlineData(403, "errors/challenge.html", ErrorIds.BlockedByBotProtection)]
    public async Task Never_retries_a_missing_private_or_challenge_page(int status, string page, string errorId)
    {
        var handler = new ScriptedHandler().On("/member/", Page((HttpStatusCode)status, Corpus.ReadSynthetic(page)));
        using var session = new LetterboxdSession(Fast, handler);

        var error = await Assert.ThrowsAnyAsync<LetterboxdException>(() => Fetch(session, Profile));

        Assert.Equal(errorId, error.ErrorId);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Reports_a_private_watchlist_with_letterboxds_own_message()
    {
        var handler = new ScriptedHandler().On("/member/watchlist/",
            Page(HttpStatusCode.Forbidden, Corpus.ReadSynthetic("errors/private.html")));
        using var session = new LetterboxdSession(Fast, handler);

        var error = await Assert.ThrowsAsync<PrivateContentException>(() =>
            Fetch(session, new PageRequest("/member/watchlist/", ResourceKind.Member, "member")));

        Assert.Equal("member", error.Target);
        Assert.NotNull(error.SiteMessage);
    }

    [Fact]
    public async Task Opens_the_circuit_on_a_challenge_and_sends_nothing_until_it_is_resumed()
    {
        var handler = new ScriptedHandler()
            .On("/member/", Page(HttpStatusCode.Forbidden, Corpus.ReadSynthetic("errors/challenge.html")))
            .On("/other/", Page(HttpStatusCode.OK));
        using var session = new LetterboxdSession(Fast, handler);
        var other = new PageRequest("/other/", ResourceKind.Member, "other");

        var blocked = await Assert.ThrowsAsync<BlockedException>(() => Fetch(session, Profile));
        var paused = await Assert.ThrowsAsync<BlockedException>(() => Fetch(session, other));

        Assert.Equal(ErrorIds.BlockedByBotProtection, blocked.ErrorId);
        Assert.Equal(ErrorIds.SessionPaused, paused.ErrorId);
        Assert.True(paused.StopsTheCall);
        Assert.Single(handler.Requests);
        session.Resume();
        await Fetch(session, other);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Follows_a_redirect_on_the_same_site_and_caches_under_both_addresses()
    {
        var handler = new ScriptedHandler()
            .On("/film/old-slug/", Redirect("/film/new-slug/"))
            .On("/film/new-slug/", Page(HttpStatusCode.OK, "<p>film</p>"));
        using var session = new LetterboxdSession(Fast, handler);
        var old = new PageRequest("/film/old-slug/", ResourceKind.Film, "old-slug");

        var first = await Fetch(session, old);
        var again = await Fetch(session, old);

        Assert.Equal("/film/new-slug/", first.Url.AbsolutePath);
        Assert.True(again.FromCache);
        Assert.Equal("/film/new-slug/", again.Url.AbsolutePath);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Serves_the_canonical_page_a_redirect_leads_to_from_the_cache()
    {
        // BL-31: the cache is keyed on the canonical address, so an old slug or an id look-up that leads to a page
        // already read costs only the redirect.
        var handler = new ScriptedHandler()
            .On("/tmdb/1018/", Redirect("/film/new-slug/"))
            .On("/film/new-slug/", Page(HttpStatusCode.OK, "<p>film</p>"));
        using var session = new LetterboxdSession(Fast, handler);

        await Fetch(session, new PageRequest("/film/new-slug/", ResourceKind.Film, "new-slug"));
        var looked = await Fetch(session, new PageRequest("/tmdb/1018/", ResourceKind.Film, "tmdb:1018"));

        Assert.Equal("<p>film</p>", looked.Body);
        Assert.Equal("/film/new-slug/", looked.Url.AbsolutePath);
        Assert.Equal(["/film/new-slug/", "/tmdb/1018/"], handler.RequestedPaths);
        Assert.Equal(1, session.Statistics.ServedFromCache);
    }

    [Fact]
    public async Task Refuses_a_redirect_to_another_site()
    {
        var handler = new ScriptedHandler().On("/film/x/", Redirect("https://elsewhere.example/film/x/"));
        using var session = new LetterboxdSession(Fast, handler);

        var error = await Assert.ThrowsAnyAsync<LetterboxdException>(() =>
            Fetch(session, new PageRequest("/film/x/", ResourceKind.Film, "x")));

        Assert.Equal(ErrorIds.RedirectRefused, error.ErrorId);
        Assert.DoesNotContain(handler.Requests, r => r.RequestUri!.Host == "elsewhere.example");
    }

    [Fact]
    public async Task Serves_a_second_request_from_the_cache_unless_told_not_to()
    {
        var handler = new ScriptedHandler().On("/member/", Page(HttpStatusCode.OK));
        using var session = new LetterboxdSession(Fast, handler);

        await Fetch(session, Profile);
        var cached = await Fetch(session, Profile);
        var fresh = await Fetch(session, Profile, noCache: true);

        Assert.True(cached.FromCache);
        Assert.False(fresh.FromCache);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(1, session.Statistics.ServedFromCache);
    }

    [Fact]
    public async Task Forgets_a_cached_page_after_its_time_to_live()
    {
        var handler = new ScriptedHandler().On("/member/", Page(HttpStatusCode.OK));
        using var session = new LetterboxdSession(Fast with { CacheTimeToLive = TimeSpan.FromMilliseconds(200) }, handler);

        await Fetch(session, Profile);
        await Task.Delay(400);
        var later = await Fetch(session, Profile);

        Assert.False(later.FromCache);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Sends_an_honest_user_agent_naming_rustboxd_and_its_version()
    {
        var handler = new ScriptedHandler().On("/member/", Page(HttpStatusCode.OK));
        using var session = new LetterboxdSession(Fast, handler);

        await Fetch(session, Profile);

        var agent = handler.Requests.Single().Headers.UserAgent.ToString();
        Assert.Matches(@"^Rustboxd/\d+\.\d+\.\d+ ", agent);
    }

    [Fact]
    public async Task Counts_requests_successes_failures_and_latency()
    {
        var handler = new ScriptedHandler().On("/member/", Page(HttpStatusCode.OK));
        using var session = new LetterboxdSession(Fast, handler);

        await Fetch(session, Profile);
        await Assert.ThrowsAnyAsync<LetterboxdException>(() =>
            Fetch(session, new PageRequest("/missing/", ResourceKind.Member, "missing")));

        var statistics = session.Statistics;
        Assert.Equal(2, statistics.RequestsSent);
        Assert.Equal(1, statistics.Succeeded);
        Assert.Equal(1, statistics.Failed);
        Assert.True(statistics.MeanLatency >= TimeSpan.Zero);
    }

    [Fact]
    public async Task Stops_a_back_off_wait_as_soon_as_the_call_is_cancelled()
    {
        var handler = new ScriptedHandler().On("/member/", Page(HttpStatusCode.ServiceUnavailable));
        var slowRetries = Fast with { InitialRetryDelay = TimeSpan.FromSeconds(5), MaximumRetryDelay = TimeSpan.FromSeconds(10) };
        using var session = new LetterboxdSession(slowRetries, handler);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Fetch(session, Profile, cancellation: cancellation.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"cancelling took {clock.Elapsed}");
        Assert.Single(handler.Requests);
    }

    private static async Task<PageResponse> Fetch(
        LetterboxdSession session, PageRequest request, bool noCache = false, CancellationToken cancellation = default)
    {
        using var call = new LetterboxdCall(session, cancellationToken: cancellation, noCache: noCache);
        return await call.FetchAsync(request, cancellation);
    }
}
