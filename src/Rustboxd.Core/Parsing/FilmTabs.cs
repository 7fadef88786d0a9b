using AngleSharp.Dom;
using Rustboxd.Models;

namespace Rustboxd.Parsing;

/// <summary>
/// The tabs of a film page: cast, crew, details (studios, countries, languages, alternative titles) and genres
/// (genres, themes, mini-themes, nanogenres). Tabs are read under their 2026 ids (#tab-panel-cast) and the older
/// ones (#tab-cast); every captured page so far uses the older ids.
/// </summary>
internal static class FilmTabs
{
    /// <summary>A tab panel under its 2026 id or its older one.</summary>
    public static IElement? Tab(IDocument document, string name) =>
        document.QuerySelector($"#tab-panel-{name}") ?? document.QuerySelector($"#tab-{name}");

    /// <summary>Which era of the tabs a page has, for the debug stream: #tab-panel-NAME (2026) or #tab-NAME.</summary>
    public static string TabSelector(IDocument document, string name) =>
        document.QuerySelector($"#tab-panel-{name}") is not null ? "#tab-panel-*"
        : document.QuerySelector($"#tab-{name}") is not null ? "#tab-*"
        : "not found";

    public static IReadOnlyList<CastCredit> Cast(IElement? tab)
    {
        if (tab is null)
        {
            return [];
        }

        return tab.QuerySelectorAll("a[href*='/actor/']")
            .Select(link => (Link: link, Name: HtmlPage.Text(link)))
            .Where(entry => entry.Name is not null)
            .Select(entry => new CastCredit
            {
                Name = entry.Name!,
                Slug = PersonSlug(entry.Link),
                Role = HtmlPage.Tooltip(entry.Link),
            })
            .ToArray();
    }

    /// <summary>Crew comes as headings naming the job, each followed by a list of people.</summary>
    public static IReadOnlyList<CrewCredit> Crew(IElement? tab)
    {
        if (tab is null)
        {
            return [];
        }

        var credits = new List<CrewCredit>();
        foreach (var heading in tab.QuerySelectorAll("h3"))
        {
            var job = HtmlPage.Text(heading.QuerySelector(".crewrole.-full")) ?? HtmlPage.Text(heading);
            var people = heading.NextElementSibling;
            if (job is null || people is null)
            {
                continue;
            }

            foreach (var link in people.QuerySelectorAll("a[href]"))
            {
                if (HtmlPage.Text(link) is { } name)
                {
                    credits.Add(new CrewCredit { Job = job, Name = name, Slug = PersonSlug(link) });
                }
            }
        }

        return credits;
    }

    /// <summary>The names of the tab's links whose address starts with one of <paramref name="pathPrefixes"/>.</summary>
    public static IReadOnlyList<string> Links(IDocument document, string tab, params string[] pathPrefixes)
    {
        var panel = Tab(document, tab);
        if (panel is null)
        {
            return [];
        }

        return panel.QuerySelectorAll("a[href]")
            .Where(link => HtmlPage.SitePath(link.GetAttribute("href")) is { } path
                && pathPrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(HtmlPage.Text)
            .OfType<string>()
            .Distinct()
            .ToArray();
    }

    /// <summary>The links under a details heading such as "Primary Language" (singular when there is one).</summary>
    public static IReadOnlyList<string> DetailsSection(IDocument document, params string[] headings) =>
        DetailsBlock(document, headings)?.QuerySelectorAll("a").Select(HtmlPage.Text).OfType<string>().ToArray() ?? [];

    /// <summary>
    /// The film's alternative titles, one per title, from the structure of the "Alternative Titles" block: an element
    /// per title where the page gives one (list items, line breaks, paragraphs). Every captured page gives a single
    /// paragraph whose titles Letterboxd joins with ", "; there a ", " is a separator only where a new title starts
    /// after it, so "Mulholland Drive: Sueños, misterios y secretos" stays one title (see
    /// <see cref="AlternativeTitleText"/>).
    /// </summary>
    public static IReadOnlyList<string> AlternativeTitles(IDocument document)
    {
        var block = DetailsBlock(document, "Alternative Titles", "Alternative Title");
        if (block is null)
        {
            return [];
        }

        var items = block.QuerySelectorAll("li").Select(HtmlPage.Text).OfType<string>().ToArray();
        if (items.Length > 0)
        {
            return items;
        }

        // Paragraphs and <br> lines are titles of their own; only a single line is the joined text of the captures.
        var lines = block.QuerySelectorAll("p").DefaultIfEmpty(block)
            .SelectMany(LinesOf)
            .Select(AlternativeTitleText.Clean)
            .Where(line => line.Length > 0)
            .ToArray();
        var titles = lines.Length == 1 ? AlternativeTitleText.Split(lines[0]) : lines;
        return titles.Distinct(StringComparer.Ordinal).ToArray();
    }

    public static string? PersonSlug(IElement link)
    {
        var path = HtmlPage.SitePath(link.GetAttribute("href"));
        var parts = path?.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts is { Length: >= 2 } ? parts[1] : null;
    }

    // The element after a heading in the details tab: div.text-sluglist or div.text-indentedlist.
    private static IElement? DetailsBlock(IDocument document, params string[] headings)
    {
        var panel = Tab(document, "details");
        var heading = panel?.QuerySelectorAll("h3")
            .FirstOrDefault(h => headings.Contains(HtmlPage.Text(h), StringComparer.OrdinalIgnoreCase));
        return heading?.NextElementSibling;
    }

    private static IEnumerable<string> LinesOf(IElement paragraph)
    {
        var line = new System.Text.StringBuilder();
        foreach (var node in paragraph.ChildNodes)
        {
            if (node is IElement { LocalName: "br" })
            {
                yield return line.ToString();
                line.Clear();
                continue;
            }

            line.Append(node.TextContent);
        }

        yield return line.ToString();
    }
}
