namespace Rustboxd.Errors;

/// <summary>
/// A member's export, or a file or row in it, could not be read. Carries the file inside the export and the line
/// the row starts on, so that the message and the error's target say where to look.
/// </summary>
public sealed class ExportException : LetterboxdException
{
    public ExportException(
        string errorId,
        LetterboxdErrorKind kind,
        string message,
        string? target,
        string? file = null,
        int? line = null,
        string? column = null,
        Exception? inner = null)
        : base(errorId, kind, message, target, null, inner)
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>The file inside the export (diary.csv, lists/x.csv), when the failure is about one.</summary>
    public string? File { get; }

    /// <summary>The 1-based line the unreadable row starts on.</summary>
    public int? Line { get; }

    /// <summary>The column whose value could not be read.</summary>
    public string? Column { get; }
}

/// <summary>The configuration file could not be read or written; says which file, line and key.</summary>
public sealed class ConfigurationException : LetterboxdException
{
    public ConfigurationException(
        string errorId,
        LetterboxdErrorKind kind,
        string message,
        string path,
        int? line = null,
        string? key = null,
        Exception? inner = null)
        : base(errorId, kind, message, path, null, inner)
    {
        Path = path;
        Line = line;
        Key = key;
    }

    public string Path { get; }

    /// <summary>The 1-based line of the problem, when it is tied to one.</summary>
    public int? Line { get; }

    /// <summary>The key at fault as [table] key, e.g. rate_limit.burst_size.</summary>
    public string? Key { get; }
}
