using System.IO.Compression;
using System.Text.RegularExpressions;
using Rustboxd.Errors;

namespace Rustboxd.Export;

/// <summary>One CSV file of an export: its path inside the export ('/' separated) and how to open it.</summary>
public sealed record ExportFile(string Name, Func<Stream> Open);

/// <summary>
/// A member's export as Letterboxd hands it out (a zip of CSV files), the same unpacked into a folder, or one of its
/// CSV files on its own. Lists the CSV files with their paths inside the export; reads nothing else.
/// </summary>
public sealed partial class ExportArchive : IDisposable
{
    private readonly ZipArchive? _zip;

    private ExportArchive(string path, IReadOnlyList<ExportFile> files, ZipArchive? zip, bool singleFile)
    {
        Path = path;
        Files = files;
        _zip = zip;
        IsSingleFile = singleFile;
    }

    /// <summary>The zip, folder or file as given (full path).</summary>
    public string Path { get; }

    public IReadOnlyList<ExportFile> Files { get; }

    /// <summary>True when the path is one CSV file rather than a whole export.</summary>
    public bool IsSingleFile { get; }

    /// <summary>The user name in Letterboxd's name for the zip (letterboxd-NAME-2026-07-06-09-30-utc.zip), if any.</summary>
    public string? UserNameFromName =>
        ExportName().Match(System.IO.Path.GetFileName(Path.TrimEnd('/', '\\'))) is { Success: true } match
            ? match.Groups[1].Value
            : null;

    public static ExportArchive Open(string path)
    {
        if (Directory.Exists(path))
        {
            return FromFolder(path);
        }

        if (!File.Exists(path))
        {
            throw new ExportException(ErrorIds.ExportNotFound, LetterboxdErrorKind.NotFound,
                $"There is no file or folder at {path}. Pass the zip Letterboxd sent (Settings, Data, Export your data), " +
                "the folder it was unpacked into, or one of its CSV files.", path);
        }

        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            var file = new ExportFile(System.IO.Path.GetFileName(path), () => File.OpenRead(path));
            return new ExportArchive(path, [file], null, singleFile: true);
        }

        return FromZip(path);
    }

    public void Dispose() => _zip?.Dispose();

    private static ExportArchive FromFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories)
            .Select(full => (Full: full, Name: System.IO.Path.GetRelativePath(folder, full).Replace('\\', '/')))
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .Select(file => new ExportFile(file.Name, () => File.OpenRead(file.Full)))
            .ToArray();
        return new ExportArchive(folder, WithoutCommonFolder(files), null, singleFile: false);
    }

    private static ExportArchive FromZip(string path)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new ExportException(ErrorIds.ExportUnreadable, LetterboxdErrorKind.InvalidInput,
                $"{path} is neither a zip archive nor a CSV file ({e.Message}). Pass the zip Letterboxd sent, the " +
                "folder it was unpacked into, or one of its CSV files.", path, inner: e);
        }

        var files = zip.Entries
            .Where(entry => entry.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .OrderBy(entry => entry.FullName, StringComparer.Ordinal)
            .Select(entry => new ExportFile(entry.FullName.Replace('\\', '/'), entry.Open))
            .ToArray();
        return new ExportArchive(path, WithoutCommonFolder(files), zip, singleFile: false);
    }

    // An export zipped again by hand often holds one folder with everything in it: read it as the export's root.
    private static ExportFile[] WithoutCommonFolder(ExportFile[] files)
    {
        if (files.Length == 0 || files.Any(file => !file.Name.Contains('/')))
        {
            return files;
        }

        var first = files[0].Name[..(files[0].Name.IndexOf('/') + 1)];
        if (first is "deleted/" or "orphaned/" or "lists/" or "likes/" || files.Any(file => !file.Name.StartsWith(first, StringComparison.Ordinal)))
        {
            return files;
        }

        return files.Select(file => file with { Name = file.Name[first.Length..] }).ToArray();
    }

    [GeneratedRegex(@"^letterboxd-([A-Za-z0-9_]{2,15})-\d{4}-\d{2}-\d{2}", RegexOptions.IgnoreCase)]
    private static partial Regex ExportName();
}
