using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Rustboxd.Replay.Tests;

/// <summary>The server as the build script runs it: a process whose first stdout line is its base URI.</summary>
public sealed partial class ProgramTests
{
    [Fact]
    public async Task FirstStdoutLineIsTheBaseUriAndTerminateStopsItCleanly()
    {
        using var process = StartServer(
            "--root", TestPaths.CapturedFixtures, "--root", TestPaths.SyntheticFixtures, "--latency-ms", "1");

        try
        {
            var firstLine = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(15));
            Assert.NotNull(firstLine);
            Assert.Matches(BaseUriLine(), firstLine);

            using var client = new HttpClient { BaseAddress = new Uri(firstLine) };
            using var page = await client.GetAsync("sampleuser7/");
            using var missing = await client.GetAsync("no/such/page/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains("Sorry, we can’t find the page", await missing.Content.ReadAsStringAsync());

            Stop(process);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(OperatingSystem.IsWindows() ? -1 : 0, process.ExitCode);
        }
        finally
        {
            KillIfRunning(process);
        }
    }

    [Fact]
    public async Task StopsWhenTheProcessNamedByParentPidEnds()
    {
        using var parent = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        using var process = StartServer(
            "--root", TestPaths.SyntheticFixtures, "--parent-pid", parent.Id.ToString(CultureInfo.InvariantCulture));

        try
        {
            var firstLine = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(15));
            Assert.Matches(BaseUriLine(), firstLine!);
            Assert.False(process.HasExited);

            parent.Kill();

            // A hang detector, not a speed target: the server notices the end and stops on its own.
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            KillIfRunning(process);
            KillIfRunning(parent);
        }
    }

    [Fact]
    public async Task BadArgumentsExitWithCodeTwoAndPrintNothingOnStdout()
    {
        using var process = StartServer("--port", "1");

        try
        {
            var stdout = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(15));
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(2, process.ExitCode);
            Assert.Equal("", stdout);
            Assert.Contains("--root", stderr);
        }
        finally
        {
            KillIfRunning(process);
        }
    }

    private static Process StartServer(params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Rustboxd.ReplayServer.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the replay server.");

        // Drain stderr so a chatty server can never block on a full pipe.
        process.ErrorDataReceived += (_, _) => { };
        return process;
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : "dotnet";

    private static void Stop(Process process)
    {
        if (OperatingSystem.IsWindows())
        {
            process.Kill();
            return;
        }

        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private static void KillIfRunning(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [GeneratedRegex(@"^http://127\.0\.0\.1:\d{1,5}/$")]
    private static partial Regex BaseUriLine();
}
