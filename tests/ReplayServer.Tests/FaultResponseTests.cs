using System.Net;

namespace Rustboxd.Replay.Tests;

/// <summary>Faults that replace the answer (status, respond, redirect) and how times and probability apply.</summary>
public sealed class FaultResponseTests
{
    [Fact]
    public async Task StatusFaultAppliesToTheFirstTimesMatchingRequestsOnly()
    {
        var rule = new FaultRule { Pattern = "^/film/mulholland-drive/$", Kind = "status", Status = 503, Times = 2 };
        await using var server = await TestServers.StartStandardAsync(rule);
        using var client = TestServers.ClientFor(server);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await client.GetAsync("film/mulholland-drive/");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([503, 503, 200], statuses.Select(status => (int)status));
        Assert.Equal(["status", "status", null], server.Requests.Select(request => request.Fault));
    }

    [Fact]
    public async Task StatusFaultLeavesRequestsItsPatternDoesNotMatch()
    {
        var rule = new FaultRule { Pattern = "^/film/", Kind = "status", Status = 500 };
        await using var server = await TestServers.StartStandardAsync(rule);
        using var client = TestServers.ClientFor(server);

        using var film = await client.GetAsync("film/mulholland-drive/");
        using var profile = await client.GetAsync("sampleuser7/");

        Assert.Equal(HttpStatusCode.InternalServerError, film.StatusCode);
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
    }

    [Fact]
    public async Task RateLimitFaultSendsItsRetryAfterHeader()
    {
        var rule = new FaultRule
        {
            Pattern = "^/sampleuser7/", Kind = "status", Status = 429, RetryAfter = "1", Times = 1,
        };
        await using var server = await TestServers.StartStandardAsync(rule);
        using var client = TestServers.ClientFor(server);

        using var limited = await client.GetAsync("sampleuser7/films/");
        using var next = await client.GetAsync("sampleuser7/films/");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), limited.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task PatternIsMatchedAgainstPathAndQuery()
    {
        var rule = new FaultRule { Pattern = @"\?cursor=1$", Kind = "status", Status = 502 };
        await using var server = await TestServers.StartStandardAsync(rule);
        using var client = TestServers.ClientFor(server);

        using var withCursor = await client.GetAsync("sampleuser7/films/?cursor=1");
        using var withoutCursor = await client.GetAsync("sampleuser7/films/");

        Assert.Equal(HttpStatusCode.BadGateway, withCursor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withoutCursor.StatusCode);
    }

    [Fact]
    public async Task RespondFaultAnswersWithTheChallengePageFromTheRoots()
    {
        var rule = new FaultRule
        {
            Pattern = "^/film/", Kind = "respond", Status = 403, File = "errors/challenge.html",
        };
        await using var server = await TestServers.StartStandardAsync(rule);
        using var client = TestServers.ClientFor(server);

        using var response = await client.GetAsync("film/mulholland-drive/");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Just a moment...</title>", body);
        Assert.Contains("window._cf_chl_opt", body);
    }

    [Fact]
    public async Task RespondFaultWithAFileNoRootHasIsRejected()
    {
        await using var server = await TestServers.StartStandardAsync();
        var rule = new FaultRule { Pattern = ".*", Kind = "respond", Status = 403, File = "errors/nowhere.html" };

        Assert.Throws<ArgumentException>(() => server.SetFaults([rule]));
    }

    [Fact]
    public async Task RedirectFaultAnswers302WithItsLocation()
    {
        var rule = new FaultRule
        {
            Pattern = "^/sampleuser7/$", Kind = "redirect", Location = "https://evil.example/x/",
        };
        await using var server = await TestServers.StartStandardAsync(rule);
        using var client = TestServers.ClientFor(server);

        using var response = await client.GetAsync("sampleuser7/");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(new Uri("https://evil.example/x/"), response.Headers.Location);
    }

    [Fact]
    public async Task ProbabilityWithSeedGivesTheSameSequenceEveryRun()
    {
        var rule = new FaultRule { Pattern = ".*", Kind = "status", Status = 500, Probability = 0.3, Seed = 42 };

        var firstRun = await StatusesAsync(rule, requests: 30);
        var secondRun = await StatusesAsync(rule, requests: 30);

        var expected = SeededSequence(seed: 42, probability: 0.3, count: 30);
        Assert.Equal(expected, firstRun);
        Assert.Equal(firstRun, secondRun);
        Assert.Contains(500, firstRun);
        Assert.Contains(200, firstRun);
    }

    [Fact]
    public async Task TimesIsCountedExactlyUnderConcurrentRequests()
    {
        var rule = new FaultRule { Pattern = "^/sampleuser7/$", Kind = "status", Status = 503, Times = 5 };
        await using var server = await TestServers.StartStandardAsync(rule);
        using var client = TestServers.ClientFor(server);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync("sampleuser7/")));

        Assert.Equal(5, responses.Count(response => response.StatusCode == HttpStatusCode.ServiceUnavailable));
        Assert.Equal(15, responses.Count(response => response.StatusCode == HttpStatusCode.OK));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task OnlyTheFirstApplicableNonLatencyRuleIsApplied()
    {
        FaultRule[] rules =
        [
            new() { Pattern = ".*", Kind = "status", Status = 503, Times = 1 },
            new() { Pattern = ".*", Kind = "status", Status = 429, Times = 1 },
        ];
        await using var server = await TestServers.StartStandardAsync(rules);
        using var client = TestServers.ClientFor(server);

        using var first = await client.GetAsync("sampleuser7/");
        using var second = await client.GetAsync("sampleuser7/");
        using var third = await client.GetAsync("sampleuser7/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    private static async Task<List<int>> StatusesAsync(FaultRule rule, int requests)
    {
        await using var server = await TestServers.StartStandardAsync(rule);
        using var client = TestServers.ClientFor(server);
        var statuses = new List<int>();
        for (var index = 0; index < requests; index++)
        {
            using var response = await client.GetAsync("sampleuser12/films/");
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }

    private static List<int> SeededSequence(int seed, double probability, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => random.NextDouble() < probability ? 500 : 200).ToList();
    }
}
