using Rustboxd.Replay;

namespace Rustboxd.Harness;

/// <summary>Where the pages are, and an in-process replay server over them.</summary>
internal static class ReplayHost
{
    /// <summary>The member whose 2026 films grid the runs crawl, synthesised to as many pages as a run needs.</summary>
    public const string Member = "sampleuser7";

    public const string FilmsPath = "/sampleuser7/films/";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string CapturedPages
    {
        get
        {
            var shared = Environment.GetEnvironmentVariable("RUSTBOXD_SHARED") ?? Path.Combine(RepositoryRoot, "..", "shared");
            var folder = Path.GetFullPath(Path.Combine(shared, "fixtures", "letterboxd"));
            if (!File.Exists(Path.Combine(folder, "routes.tsv")))
            {
                throw new DirectoryNotFoundException(
                    $"The captured Letterboxd pages are missing: expected {folder}/routes.tsv. Put the shared folder " +
                    "beside the repository (../shared) or set RUSTBOXD_SHARED to it.");
            }

            return folder;
        }
    }

    public static string SyntheticPages => Path.Combine(RepositoryRoot, "tests", "fixtures", "synthetic");

    /// <summary>A server over the captured and synthetic pages, the member's films grid served as <paramref name="pages"/> pages.</summary>
    public static Task<ReplayServer> StartAsync(int pages, int latencyMs = 0) =>
        ReplayServer.StartAsync(new ReplayServerOptions
        {
            Roots = [CapturedPages, SyntheticPages],
            Paged = [new PagedRoute(FilmsPath, pages)],
            Faults = latencyMs > 0 ? [new FaultRule { Pattern = ".*", Kind = "latency", LatencyMs = latencyMs }] : [],
            LogWarningsToStandardError = false,
        });

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Rustboxd.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Could not find the repository root (the folder holding Rustboxd.sln).");
    }
}
