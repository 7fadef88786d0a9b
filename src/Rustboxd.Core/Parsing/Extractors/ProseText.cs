using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Rustboxd.Parsing.Extractors;

/// <summary>
/// Text a member wrote (list descriptions, entry notes, bios) as Letterboxd renders it: body-text paragraphs.
/// Each paragraph becomes one line and a line break inside one stays a line break; other white space collapses.
/// </summary>
public static partial class ProseText
{
    /// <summary>The text of <paramref name="body"/>, or null when it holds none.</summary>
    public static string? From(IElement? body)
    {
        if (body is null)
        {
            return null;
        }

        var paragraphs = body.QuerySelectorAll("p");
        var blocks = paragraphs.Length > 0 ? paragraphs.Select(Lines) : [Lines(body)];
        var text = string.Join(Environment.NewLine, blocks.Where(block => block.Length > 0));
        return text.Length == 0 ? null : text;
    }

    private static string Lines(IElement block)
    {
        var builder = new StringBuilder();
        Append(block, builder);
        var lines = builder.ToString().Split('\n').Select(line => Whitespace().Replace(line, " ").Trim());
        return string.Join(Environment.NewLine, lines.Where(line => line.Length > 0));
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement { LocalName: "br" })
            {
                builder.Append('\n');
            }
            else if (child.NodeType == NodeType.Text)
            {
                // Line breaks in the page's source are only formatting; <br> is the writer's own.
                builder.Append(Whitespace().Replace(child.TextContent, " "));
            }
            else
            {
                Append(child, builder);
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
