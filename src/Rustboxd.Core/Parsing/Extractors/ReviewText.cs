using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Rustboxd.Parsing.Extractors;

/// <summary>
/// The text of a review body (div.js-review-body in 2024-26, div.body-text since 2016) and of the full-text
/// fragment (/s/full-text/viewing:N/, bare paragraphs): paragraphs separated by a blank line, a br as a line
/// break, white space the browser wrapped collapsed, and no markup. The spoiler warning and the "more" link
/// are page furniture, not text. A list page shortens a long review inside div.collapsed-text, in raw server
/// HTML as in saved pages; the ellipsis alone says nothing, since reviews may end with one.
/// </summary>
public static partial class ReviewText
{
    /// <summary>The warning before a spoiler review: p.js-spoiler-container (2024-26), p.contains-spoilers.</summary>
    public const string SpoilerWarningSelector =
        ".js-spoiler-container, .contains-spoilers, [data-js-reveal-on-trigger='spoiler.reveal']";

    private const string FurnitureSelector =
        ".js-spoiler-container, .contains-spoilers, a.reveal, [data-js-trigger='collapsible.expand'], " +
        "script, style, button, .translation-disclaimer";

    private static readonly HashSet<string> BlockElements =
    [
        "p", "div", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr",
    ];

    /// <summary>The text of <paramref name="body"/>, or null when it holds none.</summary>
    public static string? Of(IElement? body)
    {
        if (body is null)
        {
            return null;
        }

        var writer = new ParagraphWriter();
        Walk(body, writer);
        writer.EndParagraph();
        return writer.Paragraphs.Count == 0 ? null : string.Join("\n\n", writer.Paragraphs);
    }

    /// <summary>True when the list page shows only the start of the review.</summary>
    public static bool IsShortened(IElement? body) => body?.QuerySelector(".collapsed-text") is not null;

    /// <summary>The text of a full-text fragment, or null when it holds none.</summary>
    public static string? FromFragment(string html) => Of(HtmlPage.Parse(html).Body);

    private static void Walk(INode node, ParagraphWriter writer)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                writer.Write(text.Data);
                continue;
            }

            if (child is not IElement element || element.Matches(FurnitureSelector))
            {
                continue;
            }

            if (element.LocalName == "br")
            {
                writer.LineBreak();
            }
            else if (BlockElements.Contains(element.LocalName))
            {
                writer.EndParagraph();
                Walk(element, writer);
                writer.EndParagraph();
            }
            else
            {
                Walk(element, writer);
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Collects one paragraph at a time; white space from the markup collapses to one space, a br is kept.
    private sealed class ParagraphWriter
    {
        private readonly StringBuilder _current = new();

        public List<string> Paragraphs { get; } = [];

        public void Write(string text) => _current.Append(Whitespace().Replace(text, " "));

        public void LineBreak() => _current.Append('\n');

        public void EndParagraph()
        {
            var lines = _current.ToString().Split('\n').Select(line => line.Trim());
            var paragraph = string.Join('\n', lines).Trim('\n');
            _current.Clear();
            if (paragraph.Length > 0)
            {
                Paragraphs.Add(paragraph);
            }
        }
    }
}
