namespace Rustboxd.Replay.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void RootsKeepTheirOrderAndPortDefaultsToZero()
    {
        var options = CommandLine.Parse(["--root", "/a", "--root", "/b"]);

        Assert.Equal(["/a", "/b"], options.Roots);
        Assert.Equal(0, options.Port);
        Assert.Empty(options.Faults);
    }

    [Fact]
    public void ParentPidNamesTheProcessWhoseEndStopsTheServer()
    {
        Assert.Equal(4242, CommandLine.Parse(["--root", "/a", "--parent-pid", "4242"]).ParentProcessId);
        Assert.Null(CommandLine.Parse(["--root", "/a"]).ParentProcessId);
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--root", "/a", "--parent-pid", "0"]));
    }

    [Fact]
    public void LatencyMsIsShorthandForOneLatencyRuleOnEveryPath()
    {
        var options = CommandLine.Parse(["--root", "/a", "--port", "8123", "--latency-ms", "40"]);

        Assert.Equal(8123, options.Port);
        Assert.Equal([new FaultRule { Pattern = ".*", Kind = "latency", LatencyMs = 40 }], options.Faults);
    }

    [Fact]
    public void FaultsFileLoadsAnInitialRuleArray()
    {
        using var folder = new TempRoot().WithFile("faults.json", """
            [ { "pattern": "^/film/", "kind": "status", "status": 429, "retryAfter": "1", "times": 1 } ]
            """);

        var options = CommandLine.Parse(["--root", "/a", "--faults", Path.Combine(folder.Folder, "faults.json")]);

        var rule = Assert.Single(options.Faults);
        var expected = new FaultRule
        {
            Pattern = "^/film/", Kind = "status", Status = 429, RetryAfter = "1", Times = 1,
        };
        Assert.Equal(expected, rule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--port 1")]
    [InlineData("--root")]
    [InlineData("--root /a --port seventy")]
    [InlineData("--root /a --latency-ms -5")]
    [InlineData("--root /a --bind 0.0.0.0")]
    [InlineData("--root /a --faults /no/such/file.json")]
    public void BadArgumentsAreRefusedWithAMessage(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(args));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
