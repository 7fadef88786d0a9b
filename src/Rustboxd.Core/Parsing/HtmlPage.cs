using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Rustboxd.Parsing;

/// <summary>HTML loading and the small text helpers every parser shares.</summary>
internal static partial class HtmlPage
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    public static IHtmlDocument Parse(string html) => new HtmlParser(ParserOptions).ParseDocument(html);

    /// <summary>
    /// A link as a site path. Pages saved by a browser carry absolute letterboxd.com addresses; the
    /// server sends site-relative ones. Both become "/path/". Links to other hosts give null.
    /// </summary>
    public static string? SitePath(string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
        {
            return href;
        }

        // Letterboxd's own host or a subdomain of it; "notletterboxd.com" is another site.
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute)
            && (absolute.Host.Equals("letterboxd.com", StringComparison.OrdinalIgnoreCase)
                || absolute.Host.EndsWith(".letterboxd.com", StringComparison.OrdinalIgnoreCase)))
        {
            return absolute.PathAndQuery;
        }

        return null;
    }

    /// <summary>Text content with runs of white space collapsed; null when empty.</summary>
    public static string? Text(INode? node)
    {
        if (node is null)
        {
            return null;
        }

        var text = Whitespace().Replace(node.TextContent, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>The first non-empty attribute among <paramref name="names"/>.</summary>
    public static string? Attribute(IElement? element, params string[] names)
    {
        if (element is null)
        {
            return null;
        }

        foreach (var name in names)
        {
            var value = element.GetAttribute(name);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    /// <summary>A tooltip's text, wherever the era keeps it.</summary>
    public static string? Tooltip(IElement? element) => Attribute(element, "data-original-title", "title");

    public static string? MetaContent(IDocument document, string property) =>
        Attribute(document.QuerySelector($"meta[property='{property}'], meta[name='{property}']"), "content");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
