namespace Rustboxd.Parsing;

/// <summary>
/// What a parser knows about the page it reads, and where it notes what went wrong without failing:
/// a skipped entry, a field that could not be read, the selectors that matched. Readers pass the notes on
/// to the caller as warnings and debug lines.
/// </summary>
public sealed class ParseContext
{
    private readonly List<string> _warnings = [];
    private readonly List<string> _traces = [];

    public ParseContext(Uri url, string target)
    {
        Url = url;
        Target = target;
    }

    public Uri Url { get; }

    /// <summary>The input the page was fetched for (user name, slug).</summary>
    public string Target { get; }

    public IReadOnlyList<string> Warnings => _warnings;

    public IReadOnlyList<string> Traces => _traces;

    /// <summary>Something the user should know: data was skipped or may be incomplete.</summary>
    public void Warn(string message) => _warnings.Add($"{message} ({Url.AbsolutePath})");

    /// <summary>A decision worth explaining in the debug stream, such as which markup era matched.</summary>
    public void Trace(string message) => _traces.Add(message);
}
