using Rustboxd.Replay;

// Prints the base URI as the first line of standard output, then serves until Ctrl+C or SIGTERM.
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
    await server.WaitForShutdownAsync();
}

return 0;
