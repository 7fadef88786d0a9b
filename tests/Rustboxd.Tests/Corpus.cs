using System.Text.Json;

namespace Rustboxd.Tests;

/// <summary>
/// The captured Letterboxd pages in ../shared/fixtures/letterboxd (or $RUSTBOXD_SHARED/fixtures/letterboxd)
/// and their verified facts (facts.json). Missing fixtures fail the tests; they are never skipped.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);
    private static readonly Lazy<IReadOnlyList<CorpusPage>> LazyPages = new(LoadFacts);

    /// <summary>The folder holding MANIFEST.md, routes.tsv and facts.json.</summary>
    public static string Root => LazyRoot.Value;

    public static IReadOnlyList<CorpusPage> Pages => LazyPages.Value;

    /// <summary>The repository's own synthetic pages (tests/fixtures/synthetic).</summary>
    public static string SyntheticRoot => Path.Combine(RepositoryRoot(), "tests", "fixtures", "synthetic");

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public static string ReadSynthetic(string relativePath) => File.ReadAllText(Path.Combine(SyntheticRoot, relativePath));

    public static CorpusPage Page(string file) => Pages.Single(p => p.File == file);

    /// <summary>Every page of one kind, as xUnit member data (one row per file).</summary>
    public static TheoryData<string> FilesOfKind(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var page in Pages.Where(p => p.Kind == kind))
        {
            data.Add(page.File);
        }

        return data;
    }

    /// <summary>The site URL a captured page came from (its route path on letterboxd.com).</summary>
    public static Uri UrlOf(CorpusPage page) => new(new Uri("https://letterboxd.com/"), page.Path ?? "/");

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rustboxd.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root (the folder holding Rustboxd.sln).");
    }

    private static string FindRoot()
    {
        var shared = Environment.GetEnvironmentVariable("RUSTBOXD_SHARED")
            ?? Path.Combine(RepositoryRoot(), "..", "shared");
        var root = Path.GetFullPath(Path.Combine(shared, "fixtures", "letterboxd"));
        if (!File.Exists(Path.Combine(root, "facts.json")))
        {
            throw new InvalidOperationException(
                $"The captured Letterboxd pages are missing: expected {root}/facts.json. Put the shared folder " +
                "beside the repository (../shared) or set RUSTBOXD_SHARED to it.");
        }

        return root;
    }

    private static IReadOnlyList<CorpusPage> LoadFacts()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "facts.json")));
        return document.RootElement.GetProperty("pages").EnumerateArray()
            .Select(page => new CorpusPage(
                page.GetProperty("file").GetString()!,
                page.GetProperty("kind").GetString()!,
                page.GetProperty("path").ValueKind == JsonValueKind.String ? page.GetProperty("path").GetString() : null,
                page.GetProperty("facts").Clone()))
            .ToArray();
    }
}

/// <summary>One captured file and its verified facts.</summary>
public sealed record CorpusPage(string File, string Kind, string? Path, JsonElement Facts)
{
    public bool Has(string fact) => Facts.TryGetProperty(fact, out var value) && value.ValueKind != JsonValueKind.Null;

    public string String(string fact) => Facts.GetProperty(fact).GetString()!;

    public int Int(string fact) => Facts.GetProperty(fact).GetInt32();

    public long Long(string fact) => Facts.GetProperty(fact).GetInt64();

    public decimal Decimal(string fact) => Facts.GetProperty(fact).GetDecimal();

    public decimal? NullableDecimal(string fact) =>
        Facts.TryGetProperty(fact, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    public string[] Strings(string fact) =>
        Facts.GetProperty(fact).EnumerateArray().Select(item => item.GetString()!).ToArray();

    public long[] Longs(string fact) => Facts.GetProperty(fact).EnumerateArray().Select(item => item.GetInt64()).ToArray();

    public override string ToString() => File;
}
