using System.Diagnostics;
using Rustboxd.Replay;

// Prints the base URI as the first line of standard output, then serves until Ctrl+C, SIGTERM or, with
// --parent-pid, the end of the process that started it.
if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

ReplayServerOptions options;
try
{
    options = CommandLine.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

ReplayServer server;
try
{
    server = await ReplayServer.StartAsync(options);
}
catch (Exception error) when (error is IOException or InvalidDataException or ArgumentException)
{
    Console.Error.WriteLine($"Replay server could not start: {error.Message}");
    return 1;
}

await using (server)
{
    Console.Out.WriteLine(server.BaseUri.AbsoluteUri);
    Console.Out.Flush();
    Console.Error.WriteLine($"Replaying {server.Routes.Count} routes from {options.Roots.Count} root(s); Ctrl+C stops");
    using var parentGone = new CancellationTokenSource();
    if (options.ParentProcessId is { } parent)
    {
        _ = StopWhenGoneAsync(parent, parentGone);
    }

    await server.WaitForShutdownAsync(parentGone.Token);
}

return 0;

static async Task StopWhenGoneAsync(int processId, CancellationTokenSource shutdown)
{
    try
    {
        using var parent = Process.GetProcessById(processId);
        await parent.WaitForExitAsync();
    }
    catch (ArgumentException)
    {
        // Already gone.
    }

    shutdown.Cancel();
}
