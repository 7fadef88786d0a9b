using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>One tag of a member's tag page.</summary>
public sealed record TagEntry(string Name, string Slug, int Count, string Path);

/// <summary>
/// A member's tag page (/USER/tags/films/, /diary/, /reviews/, /lists/): ul.tags-columns, one li per tag with a link
/// to /USER/tag/SLUG/KIND/ (its text the tag, its title attribute the tag too) and a span holding the count, left
/// empty when the count is one. Not paginated. A page without the list holds no tags.
/// </summary>
public static partial class TagsParser
{
    public static IReadOnlyList<TagEntry> Parse(string html, ParseContext context) => Parse(HtmlPage.Parse(html), context);

    public static IReadOnlyList<TagEntry> Parse(IDocument document, ParseContext context)
    {
        var tags = new List<TagEntry>();
        var position = 0;
        foreach (var item in document.QuerySelectorAll("ul.tags-columns li, ul.tags li"))
        {
            position++;
            var link = item.QuerySelector("a[href]");
            var path = HtmlPage.SitePath(link?.GetAttribute("href"));
            var match = path is null ? Match.Empty : TagPath().Match(path);
            if (!match.Success)
            {
                context.Warn($"tag {position} has no /tag/SLUG/ link and was skipped");
                continue;
            }

            var name = HtmlPage.Tooltip(link) ?? HtmlPage.Text(link) ?? match.Groups[1].Value;
            var count = SiteNumber.ParseInt(HtmlPage.Text(item.QuerySelector("span, .count"))) ?? 1;
            tags.Add(new TagEntry(name, Uri.UnescapeDataString(match.Groups[1].Value), count, path!));
        }

        context.Trace($"tags: {tags.Count} from {position} items");
        return tags;
    }

    [GeneratedRegex(@"/tag/([^/?]+)/")]
    private static partial Regex TagPath();
}
