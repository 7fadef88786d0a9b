using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace Rustboxd.Completers;

/// <summary>
/// Tab completion over a value set known without asking the site: the values that start with what was typed (any
/// case, quotes ignored), in the order the subclass gives them. Never sends a request. A new completer lists its
/// values and is attached with [ArgumentCompleter(typeof(...))]; see docs/architecture.md.
/// </summary>
public abstract class FixedValuesCompleter : IArgumentCompleter
{
    /// <summary>The values, each with the text shown in the menu and its tooltip.</summary>
    protected abstract IEnumerable<(string Value, string ListItem, string ToolTip)> Values(string typed);

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
        return Values(typed)
            .Where(value => value.Value.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(value => new CompletionResult(
                Quoted(value.Value), value.ListItem, CompletionResultType.ParameterValue, value.ToolTip))
            .ToArray();
    }

    // A value with a space or a quote must reach the command as one argument.
    private static string Quoted(string value) =>
        value.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or ';' or '#' or ',')
            ? "'" + value.Replace("'", "''") + "'"
            : value;
}
