namespace Rustboxd.Replay.Tests;

/// <summary>Where the repository, the shared captured fixtures and the synthetic fixtures are.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared folder: RUSTBOXD_SHARED if set, else ../shared beside the repository.</summary>
    public static string Shared { get; } = Environment.GetEnvironmentVariable("RUSTBOXD_SHARED") is { Length: > 0 } set
        ? Path.GetFullPath(set)
        : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>The captured Letterboxd pages; a missing folder fails the test rather than skipping it.</summary>
    public static string CapturedFixtures
    {
        get
        {
            var folder = Path.Combine(Shared, "fixtures", "letterboxd");
            if (!File.Exists(Path.Combine(folder, "routes.tsv")))
            {
                throw new DirectoryNotFoundException(
                    $"Captured fixtures not found at '{folder}' (set RUSTBOXD_SHARED to the shared folder).");
            }

            return folder;
        }
    }

    public static string SyntheticFixtures => Path.Combine(RepositoryRoot, "tests", "fixtures", "synthetic");

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Rustboxd.sln"))
                || Directory.Exists(Path.Combine(folder.FullName, ".git"))
                || File.Exists(Path.Combine(folder.FullName, ".git")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No repository root (Rustboxd.sln or .git) above '{AppContext.BaseDirectory}'.");
    }
}
