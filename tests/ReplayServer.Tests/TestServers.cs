namespace Rustboxd.Replay.Tests;

/// <summary>Starts in-process replay servers and clients for them.</summary>
internal static class TestServers
{
    public static Task<ReplayServer> StartAsync(params string[] roots) => StartAsync(roots, []);

    public static Task<ReplayServer> StartAsync(IReadOnlyList<string> roots, IReadOnlyList<FaultRule> faults) =>
        ReplayServer.StartAsync(new ReplayServerOptions
        {
            Roots = roots,
            Port = 0,
            Faults = faults,
            LogWarningsToStandardError = false,
        });

    /// <summary>Captured pages plus the synthetic error pages, as the module's tests will run it.</summary>
    public static Task<ReplayServer> StartStandardAsync(params FaultRule[] faults) =>
        StartAsync([TestPaths.CapturedFixtures, TestPaths.SyntheticFixtures], faults);

    /// <summary>A client on a new connection pool that shows redirects instead of following them.</summary>
    public static HttpClient ClientFor(ReplayServer server) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false })
        {
            BaseAddress = server.BaseUri,
            Timeout = TimeSpan.FromSeconds(10),
        };
}
