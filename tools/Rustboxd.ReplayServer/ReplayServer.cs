using System.Net;

namespace Rustboxd.Replay;

/// <summary>
/// A loopback-only HTTP server that replays captured pages from route tables and injects faults on request.
/// Start it with <see cref="StartAsync"/>; dispose it to stop.
/// </summary>
public sealed class ReplayServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ReplayState _state;

    private ReplayServer(WebApplication app, ReplayState state, RouteTable routes, Uri baseUri)
    {
        _app = app;
        _state = state;
        Routes = routes;
        BaseUri = baseUri;
    }

    /// <summary>The server's address with a trailing slash, e.g. <c>http://127.0.0.1:43817/</c>.</summary>
    public Uri BaseUri { get; }

    public RouteTable Routes { get; }

    /// <summary>A snapshot of the requests answered so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _state.Log.Snapshot();

    public IReadOnlyList<FaultRule> Faults => _state.Faults.Rules;

    public static async Task<ReplayServer> StartAsync(
        ReplayServerOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var routes = RouteTable.Load(options.Roots);
        var state = new ReplayState(routes);
        state.ReplaceFaults(options.Faults);

        var app = BuildApplication(options);
        var handler = new ReplayHandler(routes, state, PagedCollections.Load(options.Paged, routes));
        var control = new ControlApi(state);
        app.Run(context => DispatchAsync(context, control, handler));

        try
        {
            await app.StartAsync(cancellation);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var baseUri = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return new ReplayServer(app, state, routes, baseUri);
    }

    /// <summary>Replaces all fault rules at once; if one is invalid, throws and keeps the old rules.</summary>
    public void SetFaults(IEnumerable<FaultRule> rules) => _state.ReplaceFaults(rules);

    public void ClearFaults() => _state.ClearFaults();

    public void ClearRequests() => _state.Log.Clear();

    /// <summary>Completes when the host is asked to stop (Ctrl+C or SIGTERM in a console process).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellation = default) =>
        _app.WaitForShutdownAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(TimeSpan.FromSeconds(5));
        await _app.DisposeAsync();
    }

    private static WebApplication BuildApplication(ReplayServerOptions options)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));

        if (options.LogWarningsToStandardError)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        return builder.Build();
    }

    private static async Task DispatchAsync(HttpContext context, ControlApi control, ReplayHandler handler)
    {
        var target = RequestTarget.Of(context);
        try
        {
            if (ControlApi.Owns(target))
            {
                await control.HandleAsync(context, target);
            }
            else
            {
                await handler.HandleAsync(context, target);
            }
        }
        catch (Exception error) when (context.RequestAborted.IsCancellationRequested
            && error is OperationCanceledException or IOException)
        {
            // The client went away (or a fault aborted the connection); there is nobody left to answer.
        }
    }
}
