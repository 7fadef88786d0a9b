using System.Globalization;
using CsvHelper;
using Rustboxd.Models;

namespace Rustboxd.Export;

/// <summary>A field that does not hold what its column promises; the row it is in cannot be read.</summary>
internal sealed class ExportFieldException(string column, string message) : Exception(message)
{
    public string Column { get; } = column;
}

/// <summary>
/// One CSV file of the export, read with CsvHelper, record by record, with the column values typed the way the
/// export writes them: dates as yyyy-MM-dd, ratings as stars in halves, Rewatch as Yes or blank, tags as a comma
/// separated list, addresses as absolute http(s) URIs. A blank field is null; a column the file lacks is null too,
/// and columns Rustboxd does not know are left alone. A value that cannot be read throws
/// <see cref="ExportFieldException"/> naming its column, so the caller can skip that row and go on.
/// </summary>
internal sealed class ExportCsvReader : IDisposable
{
    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        TrackLineNumbers = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private readonly CsvReader _csv;
    private Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);

    public ExportCsvReader(Stream stream, Action<int>? onMalformedRecord = null)
    {
        var options = onMalformedRecord is null
            ? Options
            : Options with { OnMalformedRecord = record => onMalformedRecord((int)record.LineNumber) };
        _csv = CsvReader.Create(stream, options, leaveOpen: false);
    }

    /// <summary>The header's column names, as the file spells them.</summary>
    public IReadOnlyList<string> Columns { get; private set; } = [];

    /// <summary>The 1-based line the current record starts on (a quoted field may span several lines).</summary>
    public int Line => (int)_csv.LineNumber;

    /// <summary>Fields in the current record.</summary>
    public int FieldCount => _csv.FieldCount;

    /// <summary>Reads the header (the first record), and returns its names.</summary>
    public IReadOnlyList<string> ReadHeader()
    {
        _csv.ReadHeader();
        UseHeader(_csv.Headers);
        return Columns;
    }

    /// <summary>Makes the current record the header of the records that follow (the list export has two tables).</summary>
    public IReadOnlyList<string> UseCurrentRecordAsHeader()
    {
        var names = Enumerable.Range(0, _csv.FieldCount).Select(_csv.GetString).ToArray();
        _csv.ReadHeader();
        UseHeader(names);
        return Columns;
    }

    public bool Read() => _csv.Read();

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The field by index, as text; empty past the end of the record.</summary>
    public string Field(int index) => _csv.GetString(index);

    /// <summary>The value, or null when the column is missing or the field blank.</summary>
    public string? Text(string column)
    {
        if (!_columns.TryGetValue(column, out var index) || index >= _csv.FieldCount)
        {
            return null;
        }

        var value = _csv.GetString(index);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public string Required(string column) =>
        Text(column)?.Trim() ?? throw new ExportFieldException(column, $"the {column} column is blank");

    /// <summary>A calendar day written yyyy-MM-dd, or null when the field is blank.</summary>
    public IsoDate? Date(string column)
    {
        var text = Text(column)?.Trim();
        if (text is null)
        {
            return null;
        }

        var culture = CultureInfo.InvariantCulture;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", culture, DateTimeStyles.None, out var date)
            ? new IsoDate(date)
            : throw Invalid(column, text, "a date written yyyy-MM-dd");
    }

    public int? Integer(string column, int minimum, int maximum)
    {
        var text = Text(column)?.Trim();
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum
            ? value
            : throw Invalid(column, text, $"a whole number from {minimum} to {maximum}");
    }

    /// <summary>Stars from 0.5 to 5 in halves; the export writes 4.5, 5, 1.</summary>
    public decimal? Rating(string column)
    {
        var text = Text(column)?.Trim();
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var stars)
            && stars is >= 0.5m and <= 5m && stars * 2 % 1 == 0
            ? (int)(stars * 2) / 2m
            : throw Invalid(column, text, "a rating from 0.5 to 5 in half stars");
    }

    /// <summary>The export writes Yes, or leaves the field blank.</summary>
    public bool YesNo(string column) => Text(column)?.Trim() switch
    {
        null => false,
        var text when text.Equals("Yes", StringComparison.OrdinalIgnoreCase) => true,
        var text when text.Equals("No", StringComparison.OrdinalIgnoreCase) => false,
        var text => throw Invalid(column, text, "Yes, No or blank"),
    };

    public Uri? Address(string column)
    {
        var text = Text(column)?.Trim();
        if (text is null)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw Invalid(column, text, "an http or https address");
    }

    /// <summary>A comma separated list of addresses (profile.csv's Favorite Films).</summary>
    public IReadOnlyList<Uri> Addresses(string column)
    {
        var parts = List(column);
        var addresses = new List<Uri>(parts.Count);
        foreach (var part in parts)
        {
            addresses.Add(Uri.TryCreate(part, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : throw Invalid(column, part, "comma separated http or https addresses"));
        }

        return addresses;
    }

    /// <summary>A comma separated list, each item trimmed, empty items dropped (the export's Tags).</summary>
    public IReadOnlyList<string> List(string column) =>
        Text(column)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    public void Dispose() => _csv.Dispose();

    private static ExportFieldException Invalid(string column, string value, string expected)
    {
        var shown = value.Length > 40 ? string.Concat(value.AsSpan(0, 37), "...") : value;
        return new ExportFieldException(column, $"the {column} column holds '{shown}', not {expected}");
    }

    private void UseHeader(IEnumerable<string> names)
    {
        Columns = names.Select(name => name.Trim()).ToArray();
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < Columns.Count; index++)
        {
            _columns.TryAdd(Columns[index], index);
        }
    }
}
