using CsvHelper;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Sessions;

namespace Rustboxd.Export;

/// <summary>
/// Reads a member's Letterboxd export (the zip, its unpacked folder, or one of its CSV files) into typed objects,
/// kind by kind in a fixed order, each file in its row order. Nothing goes over the network. A row that cannot be
/// read comes out, in its place, as an <see cref="ExportException"/> naming the file and line, and reading goes on;
/// so does a file that cannot be read at all. Warnings (malformed quoting that was recovered) and verbose lines
/// (which files were read, columns left alone) go to the observer.
/// </summary>
public static class ExportReader
{
    private static readonly ExportKind[] AllKinds = Enum.GetValues<ExportKind>();

    /// <param name="path">The zip, folder or CSV file.</param>
    /// <param name="kinds">The kinds wanted, in any order; null or empty for all.</param>
    /// <param name="includeRemoved">Also read the deleted/ and orphaned/ folders.</param>
    /// <param name="observer">Told what is read, and about recovered oddities.</param>
    /// <returns>Export models and, in their place, <see cref="ExportException"/>s for what could not be read.</returns>
    public static IEnumerable<object> Read(
        string path, IReadOnlyCollection<ExportKind>? kinds, bool includeRemoved, ICallObserver observer)
    {
        using var archive = ExportArchive.Open(path);
        var wanted = kinds is { Count: > 0 } ? kinds.ToHashSet() : AllKinds.ToHashSet();
        var files = Classify(archive, kinds, observer);
        if (files.Count == 0)
        {
            yield return NotAnExport(archive);
            yield break;
        }

        var member = MemberOf(archive, files, observer);
        foreach (var kind in AllKinds.Where(wanted.Contains))
        {
            var ofKind = files.Where(file => file.Role.Kind == kind).ToArray();
            if (kinds is { Count: > 0 } && ofKind.Length == 0)
            {
                yield return KindMissing(archive, kind);
            }

            foreach (var (file, role) in ofKind.Where(file => includeRemoved || file.Role.Status == ExportStatus.Current))
            {
                var items = role.Kind == ExportKind.Lists
                    ? ReadList(file, role, member, archive.Path, observer)
                    : ReadRows(file, role, member, archive.Path, observer);
                foreach (var item in items)
                {
                    yield return item;
                }
            }

            var removed = ofKind.Count(file => file.Role.Status != ExportStatus.Current);
            if (!includeRemoved && removed > 0)
            {
                observer.Verbose($"{kind}: {removed} file(s) under deleted/ or orphaned/ left out; -IncludeRemoved reads them");
            }
        }
    }

    private static List<(ExportFile File, ExportFileRole Role)> Classify(
        ExportArchive archive, IReadOnlyCollection<ExportKind>? kinds, ICallObserver observer)
    {
        var classified = new List<(ExportFile, ExportFileRole)>();
        foreach (var file in archive.Files)
        {
            var firstLine = archive.IsSingleFile ? FirstLine(file) : string.Empty;
            var role = archive.IsSingleFile
                ? ExportLayout.RoleOfLooseFile(file.Name, firstLine, kinds is { Count: 1 } ? kinds.First() : null)
                : ExportLayout.RoleOf(file.Name);
            if (role is null)
            {
                observer.Verbose($"{file.Name}: not a file of Letterboxd's export that Rustboxd reads; left alone");
                continue;
            }

            // -Kind wins over the name, but a name that says another kind is most likely a slip.
            if (archive.IsSingleFile && kinds is { Count: 1 }
                && ExportLayout.RoleOfLooseFile(file.Name, firstLine, null) is { } named && named.Kind != role.Kind)
            {
                observer.Warning($"{file.Name} is named like the export's {named.Kind.ToString().ToLowerInvariant()} " +
                    $"file but is read as {role.Kind}, as -Kind asks; its rows may lack what {role.Kind} rows hold");
            }

            classified.Add((file, role));
        }

        // A file the order does not care about still comes out in a predictable place: current before removed.
        return classified.OrderBy(file => file.Item2.Status).ThenBy(file => file.Item1.Name, StringComparer.Ordinal).ToList();
    }

    // profile.csv names the account; without it, Letterboxd's name for the zip does.
    private static string? MemberOf(
        ExportArchive archive, List<(ExportFile File, ExportFileRole Role)> files, ICallObserver observer)
    {
        var profile = files.FirstOrDefault(file => file.Role is { Kind: ExportKind.Profile, Status: ExportStatus.Current });
        if (profile.File is not null)
        {
            var name = ReadRows(profile.File, profile.Role, null, archive.Path, NullCallObserver.Instance)
                .OfType<ExportProfile>().FirstOrDefault()?.UserName;
            if (name is not null)
            {
                return name;
            }
        }

        var fromName = archive.UserNameFromName;
        observer.Debug(fromName is null
            ? "the export names no member (no profile.csv, and not Letterboxd's file name): Member stays empty"
            : $"member {fromName} taken from the export's name");
        return fromName;
    }

    private static IEnumerable<object> ReadRows(
        ExportFile file, ExportFileRole role, string? member, string archivePath, ICallObserver observer)
    {
        using var csv = OpenCsv(file, archivePath, observer, out var failure);
        if (csv is null)
        {
            yield return failure!;
            yield break;
        }

        var header = csv.ReadHeader();
        var required = ExportRows.RequiredColumn(role);
        if (!csv.Has(required))
        {
            yield return FileUnreadable(archivePath, file.Name,
                $"{file.Name} has no {required} column (its header is: {string.Join(", ", header)}); it does not look " +
                $"like Letterboxd's {role.Kind.ToString().ToLowerInvariant()} file.");
            yield break;
        }

        ReportUnknownColumns(file.Name, header, role, observer);
        var (read, failed, number) = (0, 0, 0);
        ExportException? readFailure;
        while (NextRecord(csv, file, archivePath, out readFailure))
        {
            number++;
            var item = ReadOne(csv, new RowSource(member, file.Name, role, csv.Line, number), archivePath);
            (read, failed) = item is ExportException ? (read, failed + 1) : (read + 1, failed);
            yield return item;
        }

        if (readFailure is not null)
        {
            yield return readFailure;
        }

        observer.Verbose($"{file.Name}: {read} rows read{(failed > 0 ? $", {failed} unreadable" : string.Empty)}");
    }

    private static object ReadOne(ExportCsvReader csv, RowSource source, string archivePath)
    {
        try
        {
            return ExportRows.Read(csv, source);
        }
        catch (ExportFieldException e)
        {
            return RowUnreadable(archivePath, source.File, source.Line, e.Column, e.Message);
        }
    }

    // The list export has two tables: the list (Date, Name, Tags, URL, Description), then its films (Position,
    // Name, Year, URL, Description), under a first line naming the format ("Letterboxd list export v7").
    private static IEnumerable<object> ReadList(
        ExportFile file, ExportFileRole role, string? member, string archivePath, ICallObserver observer)
    {
        using var csv = OpenCsv(file, archivePath, observer, out var failure);
        if (csv is null)
        {
            yield return failure!;
            yield break;
        }

        var first = csv.ReadHeader();
        var format = first.Count > 0 && first[0].StartsWith("Letterboxd list export", StringComparison.OrdinalIgnoreCase)
            ? first[0]
            : null;
        var table = format is null ? ListTable.List : ListTable.None;
        var slug = role.Detail ?? Path.GetFileNameWithoutExtension(file.Name);
        var list = new ListBuilder(member, slug, format, role.Status, file.Name);
        var failures = new List<ExportException>();
        ExportException? readFailure;
        while (NextRecord(csv, file, archivePath, out readFailure))
        {
            switch (csv.Field(0).Trim())
            {
                case "Date" when table != ListTable.Entries:
                    csv.UseCurrentRecordAsHeader();
                    table = ListTable.List;
                    continue;
                case "Position":
                    csv.UseCurrentRecordAsHeader();
                    table = ListTable.Entries;
                    continue;
            }

            try
            {
                list.Add(csv, table);
            }
            catch (ExportFieldException e)
            {
                failures.Add(RowUnreadable(archivePath, file.Name, csv.Line, e.Column, e.Message));
            }
        }

        if (readFailure is not null)
        {
            failures.Add(readFailure);
        }

        observer.Verbose($"{file.Name}: list '{list.Title ?? slug}' with {list.Entries.Count} films" +
            (failures.Count > 0 ? $", {failures.Count} unreadable rows" : string.Empty));
        foreach (var unreadable in failures)
        {
            yield return unreadable;
        }

        yield return list.Build();
    }

    private static ExportCsvReader? OpenCsv(
        ExportFile file, string archivePath, ICallObserver observer, out ExportException? failure)
    {
        failure = null;
        try
        {
            return new ExportCsvReader(file.Open(), line => observer.Warning(
                $"{file.Name} line {line}: a quote in the middle of a field; read as plain text. Check that row."));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            failure = FileUnreadable(archivePath, file.Name, $"{file.Name} could not be opened: {e.Message}", e);
            return null;
        }
    }

    // A malformed file ends its own reading, never the export's.
    private static bool NextRecord(ExportCsvReader csv, ExportFile file, string archivePath, out ExportException? failure)
    {
        failure = null;
        try
        {
            return csv.Read();
        }
        catch (Exception e) when (e is CsvFormatException or IOException or InvalidDataException)
        {
            failure = FileUnreadable(archivePath, file.Name,
                $"{file.Name} stops being readable CSV at line {csv.Line}: {e.Message}. The rows before it were read.", e);
            return false;
        }
    }

    private static void ReportUnknownColumns(
        string file, IReadOnlyList<string> header, ExportFileRole role, ICallObserver observer)
    {
        var known = ExportRows.KnownColumns(role);
        var unknown = header.Where(name => name.Length > 0 && !known.Contains(name, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (unknown.Length > 0)
        {
            observer.Verbose($"{file}: columns Rustboxd does not read, left alone: {string.Join(", ", unknown)}");
        }
    }

    private static string FirstLine(ExportFile file)
    {
        using var reader = new StreamReader(file.Open());
        return reader.ReadLine() ?? string.Empty;
    }

    private static ExportException NotAnExport(ExportArchive archive) => new(
        ErrorIds.ExportUnreadable, LetterboxdErrorKind.InvalidInput,
        archive.IsSingleFile
            ? $"{archive.Path} is not one of the export's CSV files Rustboxd knows by its name (diary, ratings, watched, " +
              "watchlist, reviews, comments, profile, likes, or a list). Say which it is with -Kind."
            : $"{archive.Path} holds none of the files of a Letterboxd export (diary.csv, ratings.csv, watched.csv, " +
              "watchlist.csv, reviews.csv, profile.csv, ...) under those names. Pass the zip from Settings, Data, Export " +
              "your data, the folder it unpacks to, or one CSV file with -Kind.",
        archive.Path);

    private static ExportException KindMissing(ExportArchive archive, ExportKind kind) => new(
        ErrorIds.ExportKindMissing, LetterboxdErrorKind.NotFound,
        $"{archive.Path} has no {FileNameOf(kind)}; this export holds no {kind.ToString().ToLowerInvariant()} data.",
        $"{archive.Path}:{FileNameOf(kind)}");

    private static string FileNameOf(ExportKind kind) => kind switch
    {
        ExportKind.Likes => "likes/ folder",
        ExportKind.Lists => "lists/ folder",
        _ => kind.ToString().ToLowerInvariant() + ".csv",
    };

    private static ExportException FileUnreadable(string archivePath, string file, string message, Exception? inner = null) =>
        new(ErrorIds.ExportFileUnreadable, LetterboxdErrorKind.ParseFailed, message, $"{archivePath}:{file}", file,
            inner: inner);

    private static ExportException RowUnreadable(string archivePath, string file, int line, string column, string why) =>
        new(ErrorIds.ExportRowUnreadable, LetterboxdErrorKind.ParseFailed,
            $"{file} line {line} could not be read: {why}. The row was skipped; the others were read.",
            $"{archivePath}:{file}:{line}", file, line, column);

    private enum ListTable
    {
        None,
        List,
        Entries,
    }

    /// <summary>Collects an exported list's header row and its films.</summary>
    private sealed class ListBuilder(string? owner, string slug, string? format, ExportStatus status, string file)
    {
        private ExportList? _header;

        public List<ExportListEntry> Entries { get; } = [];

        public string? Title => _header?.Title;

        public void Add(ExportCsvReader csv, ListTable table)
        {
            if (table == ListTable.Entries)
            {
                Entries.Add(new ExportListEntry
                {
                    Owner = owner,
                    ListSlug = slug,
                    Position = csv.Integer("Position", 1, int.MaxValue),
                    Title = csv.Required("Name"),
                    Year = csv.Integer("Year", 1870, 2200),
                    LetterboxdUri = csv.Address("URL") ?? csv.Address("Letterboxd URI"),
                    Notes = csv.Text("Description"),
                    Line = csv.Line,
                });
                return;
            }

            _header = new ExportList
            {
                Owner = owner,
                Slug = slug,
                Title = csv.Text("Name")?.Trim(),
                Description = csv.Text("Description"),
                Tags = csv.List("Tags"),
                Published = csv.Date("Date"),
                Url = csv.Address("URL"),
                Format = format,
                Status = status,
                File = file,
            };
        }

        public ExportList Build()
        {
            var header = _header ?? new ExportList { Owner = owner, Slug = slug, Format = format, Status = status, File = file };
            return new ExportList
            {
                Owner = header.Owner,
                Slug = header.Slug,
                Title = header.Title,
                Description = header.Description,
                Tags = header.Tags,
                Published = header.Published,
                Url = header.Url,
                Format = header.Format,
                Status = header.Status,
                File = header.File,
                Entries = Entries,
            };
        }
    }
}
