using System.IO.Compression;

namespace Rustboxd.Tests.Export;

/// <summary>
/// The two captured exports laid out as Letterboxd zips them, in a temporary folder, from the loose files of the
/// shared corpus (which are never copied into the repository): 2023-09 (diary, ratings, reviews, watched, watchlist,
/// profile) and 2026-07 (diary, profile, one list, deleted/ and orphaned/ diaries). Each as a folder and as a zip
/// named the way Letterboxd names it.
/// </summary>
public sealed class ExportSamples : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string> Layout2023 = new Dictionary<string, string>
    {
        ["diary.csv"] = "export/diary-2023-09.csv",
        ["ratings.csv"] = "export/ratings-2023-09.csv",
        ["reviews.csv"] = "export/reviews-2023-09.csv",
        ["watched.csv"] = "export/watched-2023-09.csv",
        ["watchlist.csv"] = "export/watchlist-2023-09.csv",
        ["profile.csv"] = "export/profile-2023-09.csv",
    };

    public static readonly IReadOnlyDictionary<string, string> Layout2026 = new Dictionary<string, string>
    {
        ["diary.csv"] = "export/diary-2026-07.csv",
        ["profile.csv"] = "export/profile-2026-07.csv",
        ["lists/2000s-ranked.csv"] = "export/list-2026-07.csv",
        ["deleted/diary.csv"] = "export/deleted-diary-2026-07.csv",
        ["orphaned/diary.csv"] = "export/orphaned-diary-2026-07.csv",
    };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "rustboxd-export-" + Guid.NewGuid().ToString("N"));

    public ExportSamples()
    {
        Folder2023 = Lay("letterboxd-sampleuser122-2023-09-30-10-00-utc", Layout2023);
        Folder2026 = Lay("letterboxd-sampleuser122-2026-07-06-09-30-utc", Layout2026);
        Zip2023 = Folder2023 + ".zip";
        Zip2026 = Folder2026 + ".zip";
        ZipFile.CreateFromDirectory(Folder2023, Zip2023);
        ZipFile.CreateFromDirectory(Folder2026, Zip2026);
    }

    public string Folder2023 { get; }

    public string Folder2026 { get; }

    public string Zip2023 { get; }

    public string Zip2026 { get; }

    public string Root => _root;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Lay(string name, IReadOnlyDictionary<string, string> layout)
    {
        var folder = Path.Combine(_root, name);
        foreach (var (target, source) in layout)
        {
            var path = Path.Combine(folder, target);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(Path.Combine(Corpus.Root, source), path);
        }

        return folder;
    }
}
