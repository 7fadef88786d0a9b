using System.Diagnostics;
using System.Net;

namespace Rustboxd.Replay.Tests;

/// <summary>Faults that change timing or break the connection: latency, reset, truncate, slow-body.</summary>
public sealed class FaultConnectionTests
{
    [Fact]
    public async Task LatencyFaultDelaysTheAnswer()
    {
        var rule = new FaultRule { Pattern = "^/sampleuser7/films/", Kind = "latency", LatencyMs = 150 };
        await using var server = await TestServers.StartStandardAsync(rule);
        using var client = TestServers.ClientFor(server);
        using var warmUp = await client.GetAsync("sampleuser7/");

        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync("sampleuser7/films/");
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(clock.ElapsedMilliseconds, 130, 3000);
        Assert.Equal("latency", server.Requests[^1].Fault);
        Assert.Equal(150, server.Requests[^1].LatencyMs);
    }

    [Fact]
    public async Task LatencyCombinesWithOneOtherFault()
    {
        FaultRule[] rules =
        [
            new() { Pattern = ".*", Kind = "latency", LatencyMs = 100 },
            new() { Pattern = ".*", Kind = "status", Status = 503 },
        ];
        await using var server = await TestServers.StartStandardAsync(rules);
        using var client = TestServers.ClientFor(server);

        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync("sampleuser7/");
        clock.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.InRange(clock.ElapsedMilliseconds, 80, 3000);
        Assert.Equal("status", server.Requests[^1].Fault);
        Assert.Equal(100, server.Requests[^1].LatencyMs);
    }

    [Fact]
    public async Task ResetFaultAbortsTheConnectionWithoutAResponse()
    {
        var rule = new FaultRule { Pattern = "^/sampleuser7/$", Kind = "reset", Times = 1 };
        await using var server = await TestServers.StartStandardAsync(rule);

        using (var client = TestServers.ClientFor(server))
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("sampleuser7/"));
        }

        using var freshClient = TestServers.ClientFor(server);
        using var afterwards = await freshClient.GetAsync("sampleuser7/");
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        Assert.Equal([0, 200], server.Requests.Select(request => request.Status));
        Assert.Equal("reset", server.Requests[0].Fault);
    }

    [Fact]
    public async Task TruncateFaultAnnouncesTheFullLengthThenEndsTheBodyEarly()
    {
        var rule = new FaultRule { Pattern = "^/sampleuser7/$", Kind = "truncate", Times = 1 };
        await using var server = await TestServers.StartStandardAsync(rule);
        using var client = TestServers.ClientFor(server);
        var fullLength = new FileInfo(Path.Combine(TestPaths.CapturedFixtures, "profile/profile-2026-01.html")).Length;

        using var response = await client.GetAsync("sampleuser7/", HttpCompletionOption.ResponseHeadersRead);
        var announced = response.Content.Headers.ContentLength;
        var (received, error) = await ReadUntilFailureAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fullLength, announced);
        Assert.NotNull(error);
        Assert.InRange(received, 0, fullLength / 2);
    }

    [Fact]
    public async Task TruncateFaultMakesAPlainBodyReadThrow()
    {
        var rule = new FaultRule { Pattern = ".*", Kind = "truncate" };
        await using var server = await TestServers.StartStandardAsync(rule);
        using var client = TestServers.ClientFor(server);

        await Assert.ThrowsAnyAsync<Exception>(() => client.GetStringAsync("film/mulholland-drive/"));
    }

    [Fact]
    public async Task SlowBodyFaultPacesTheWholeBody()
    {
        var rule = new FaultRule { Pattern = "^/sampleuser12/films/$", Kind = "slow-body", BytesPerSecond = 20000 };
        await using var server = await TestServers.StartStandardAsync(rule);
        using var client = TestServers.ClientFor(server);
        var expected = await File.ReadAllBytesAsync(
            Path.Combine(TestPaths.CapturedFixtures, "films/films-grid-fragment-2026.html"));

        var clock = Stopwatch.StartNew();
        var body = await client.GetByteArrayAsync("sampleuser12/films/");
        clock.Stop();

        // About 8.6 kB at 20 kB/s: close to half a second, and never instant.
        Assert.Equal(expected, body);
        Assert.InRange(clock.ElapsedMilliseconds, 250, 5000);
        Assert.Equal("slow-body", server.Requests[^1].Fault);
    }

    private static async Task<(long Received, Exception? Error)> ReadUntilFailureAsync(HttpResponseMessage response)
    {
        long received = 0;
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[8192];
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                received += read;
            }

            return (received, null);
        }
        catch (Exception error) when (error is HttpRequestException or IOException)
        {
            return (received, error);
        }
    }
}
