using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Rustboxd.Replay.Tests;

public sealed class ControlApiTests
{
    [Fact]
    public async Task RequestLogRecordsEachRequestAndClearsOnDelete()
    {
        await using var server = await TestServers.StartStandardAsync();
        using var client = TestServers.ClientFor(server);
        var before = DateTime.UtcNow;

        using var found = await client.GetAsync("sampleuser7/films/?page=2");
        using var missing = await client.GetAsync("nobody/");
        var logged = await ReadRequestsAsync(client);

        Assert.Equal(2, logged.GetArrayLength());
        var first = logged[0];
        Assert.Equal("GET", first.GetProperty("method").GetString());
        Assert.Equal("/sampleuser7/films/", first.GetProperty("path").GetString());
        Assert.Equal("?page=2", first.GetProperty("query").GetString());
        Assert.Equal(200, first.GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("fault").ValueKind);
        var time = first.GetProperty("time").GetDateTime();
        Assert.Equal(DateTimeKind.Utc, time.Kind);
        Assert.InRange(time, before.AddSeconds(-1), DateTime.UtcNow);
        Assert.Equal("", logged[1].GetProperty("query").GetString());
        Assert.Equal(404, logged[1].GetProperty("status").GetInt32());

        using var cleared = await client.DeleteAsync("_replay/requests");
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(0, (await ReadRequestsAsync(client)).GetArrayLength());
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task ControlApiCallsAreNotLogged()
    {
        await using var server = await TestServers.StartStandardAsync();
        using var client = TestServers.ClientFor(server);

        await client.GetStringAsync("_replay/health");
        await client.GetStringAsync("_replay/faults");
        await client.GetStringAsync("_replay/requests");
        using var unknown = await client.GetAsync("_replay/nothing");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task HealthAnswersOk()
    {
        await using var server = await TestServers.StartStandardAsync();
        using var client = TestServers.ClientFor(server);

        using var response = await client.GetAsync("_replay/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FaultsArePostedEchoedListedAndDeleted()
    {
        await using var server = await TestServers.StartStandardAsync();
        using var client = TestServers.ClientFor(server);
        const string rules = """
            [{ "pattern": "^/film/mulholland-drive/$", "kind": "status", "status": 503, "times": 2 },
             { "pattern": ".*", "kind": "latency", "latencyMs": 5 }]
            """;

        using var posted = await client.PostAsync("_replay/faults", JsonBody(rules));
        var echoed = await posted.Content.ReadAsStringAsync();
        var listed = await client.GetStringAsync("_replay/faults");
        using var faulted = await client.GetAsync("film/mulholland-drive/");
        using var deleted = await client.DeleteAsync("_replay/faults");
        using var healed = await client.GetAsync("film/mulholland-drive/");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("\"kind\":\"status\"", echoed);
        Assert.Contains("\"latencyMs\":5", echoed);
        Assert.Equal(echoed, listed);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, faulted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, healed.StatusCode);
        Assert.Empty(server.Faults);
    }

    [Theory]
    [InlineData("""[{ "pattern": "x", "kind": "explode" }]""")]
    [InlineData("""[{ "pattern": "(", "kind": "reset" }]""")]
    [InlineData("""[{ "pattern": "x", "kind": "status" }]""")]
    [InlineData("""[{ "pattern": "x", "kind": "status", "status": 503, "probability": 2 }]""")]
    [InlineData("""{ "not": "an array" }""")]
    public async Task InvalidFaultRulesAreRefusedAndTheOldOnesKept(string rules)
    {
        var kept = new FaultRule { Pattern = "^/kept/", Kind = "reset" };
        await using var server = await TestServers.StartStandardAsync(kept);
        using var client = TestServers.ClientFor(server);

        using var response = await client.PostAsync("_replay/faults", JsonBody(rules));
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error").GetString()));
        Assert.Equal([kept], server.Faults);
    }

    [Fact]
    public async Task SetFaultsFromCodeReplacesTheRuleSet()
    {
        await using var server = await TestServers.StartStandardAsync(new FaultRule { Pattern = ".*", Kind = "reset" });
        using var client = TestServers.ClientFor(server);

        server.SetFaults([new FaultRule { Pattern = ".*", Kind = "status", Status = 418 }]);
        using var response = await client.GetAsync("sampleuser7/");

        Assert.Equal((HttpStatusCode)418, response.StatusCode);
    }

    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadRequestsAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("_replay/requests")).RootElement;
}
