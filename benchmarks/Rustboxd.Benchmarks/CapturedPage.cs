using Rustboxd.Parsing;

namespace Rustboxd.Benchmarks;

/// <summary>One captured page of one kind, with the Rustboxd parser that reads that kind.</summary>
public sealed class CapturedPage
{
    private CapturedPage(string kind, string file, string html, Func<string, ParseContext, object> parse)
    {
        Kind = kind;
        File = file;
        Html = html;
        Parse = parse;
    }

    public string Kind { get; }

    /// <summary>The file's path under fixtures/letterboxd.</summary>
    public string File { get; }

    public string Html { get; }

    public Func<string, ParseContext, object> Parse { get; }

    public int Kilobytes => Html.Length / 1024;

    /// <summary>
    /// Every captured page of the six benchmarked kinds, every era the shared folder holds, whether or not routes.tsv
    /// serves it (older captures of a routed address are eras too).
    /// </summary>
    public static IEnumerable<CapturedPage> All()
    {
        var root = FixtureRoot();
        var kinds = new (string Kind, string Folder, Func<string, ParseContext, object> Parse)[]
        {
            ("films grid", "films", FilmGridParser.Parse),
            ("films grid", "likes", FilmGridParser.Parse),
            ("film page", "film", FilmPageParser.Parse),
            ("diary", "diary", DiaryParser.Parse),
            ("watchlist", "watchlist", WatchlistParser.Parse),
            ("list", "list", ListPageParser.Parse),
            ("profile", "profile", MemberProfileParser.Parse),
        };

        foreach (var (kind, folder, parse) in kinds)
        {
            foreach (var path in Directory.GetFiles(Path.Combine(root, folder), "*.html").Order(StringComparer.Ordinal))
            {
                var file = $"{folder}/{Path.GetFileName(path)}";
                yield return new CapturedPage(kind, file, System.IO.File.ReadAllText(path), parse);
            }
        }
    }

    /// <summary>../shared/fixtures/letterboxd beside the repository, or $RUSTBOXD_SHARED/fixtures/letterboxd.</summary>
    public static string FixtureRoot()
    {
        var shared = Environment.GetEnvironmentVariable("RUSTBOXD_SHARED") ?? Path.Combine(RepositoryRoot(), "..", "shared");
        var root = Path.GetFullPath(Path.Combine(shared, "fixtures", "letterboxd"));
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException(
                $"The captured Letterboxd pages are missing: expected {root}. Put the shared folder beside the " +
                "repository (../shared) or set RUSTBOXD_SHARED to it.");
        }

        return root;
    }

    // Shown in BenchmarkDotNet's parameter column.
    public override string ToString() => $"{Kind}: {File} ({Kilobytes} KB)";

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "Rustboxd.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Could not find the repository root (the folder holding Rustboxd.sln).");
    }
}
