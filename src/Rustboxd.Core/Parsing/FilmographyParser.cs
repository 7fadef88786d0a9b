using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Rustboxd.Paging;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>One film of a filmography page, before it is tied to the person and role it was read for.</summary>
public sealed record FilmographyItem(
    string Slug, string? Title, int? Year, string? Character, long? LetterboxdId, string? ShortId);

/// <summary>One filmography page: its films, the person's name, and the roles the page's menu offers.</summary>
public sealed record FilmographyPage(
    IReadOnlyList<FilmographyItem> Items, Pagination Pagination, int? StatedTotal, string? PersonName,
    IReadOnlyList<string> RoleSegments) : ICollectionPage<FilmographyItem>;

/// <summary>
/// A person's films in one role (/actor/NAME/, /director/NAME/, ...): li.griditem posters whose tooltip says
/// "Inglourious Basterds (2009) as LT. Archie Hicox" for an actor. The role menu in #content-nav states how many
/// films the selected role holds ("Actor 68") and links the person's other roles.
/// </summary>
public static partial class FilmographyParser
{
    private const string ItemSelector = "li.griditem, li.posteritem, li.poster-container";

    public static FilmographyPage Parse(string html, ParseContext context) => Parse(HtmlPage.Parse(html), context);

    public static FilmographyPage Parse(IDocument document, ParseContext context)
    {
        var items = new List<FilmographyItem>();
        var position = 0;
        foreach (var item in document.QuerySelectorAll(ItemSelector))
        {
            position++;
            if (item.Closest("aside, .sidebar") is not null)
            {
                continue;
            }

            var film = PosterExtractor.Extract(item);
            if (film is null)
            {
                context.Warn($"filmography item {position} has no film slug and was skipped");
                continue;
            }

            items.Add(new FilmographyItem(
                film.Slug, film.Title, film.Year, Character(HtmlPage.Tooltip(item), film.Title), film.LetterboxdId,
                film.ShortId));
        }

        context.Trace($"filmography: {items.Count} films from {position} items");
        var menu = document.QuerySelector("#content-nav .smenu");
        return new FilmographyPage(
            items,
            Pagination.From(document),
            SiteNumber.ParseInt(HtmlPage.Text(menu?.QuerySelector(".smenu-subselected .selected small"))),
            PersonName(document),
            RoleSegments(menu));
    }

    // "Film (2009) as Role": the character follows the year, or the title itself for a film without a year
    // ("Entering Hades as Jack Unterweger"). A title may hold " as " itself, so the split is never on the word alone.
    private static string? Character(string? tooltip, string? title)
    {
        if (tooltip is null)
        {
            return null;
        }

        var match = CharacterPattern().Match(tooltip);
        if (match.Success)
        {
            return match.Groups["character"].Value.Trim();
        }

        var prefix = title is null ? null : title + " as ";
        return prefix is not null && tooltip.StartsWith(prefix, StringComparison.Ordinal) && tooltip.Length > prefix.Length
            ? tooltip[prefix.Length..].Trim()
            : null;
    }

    // The heading is "<span class=context>Films starring</span> Michael Fassbender".
    private static string? PersonName(IDocument document)
    {
        var heading = document.QuerySelector(".contextual-title h1, h1.title-1");
        if (heading is null)
        {
            return null;
        }

        var context = HtmlPage.Text(heading.QuerySelector(".context"));
        var text = HtmlPage.Text(heading);
        return context is not null && text is not null && text.StartsWith(context, StringComparison.Ordinal)
            ? text[context.Length..].Trim()
            : text;
    }

    private static IReadOnlyList<string> RoleSegments(IElement? menu) =>
        menu?.QuerySelectorAll("a.item[href]")
            .Select(link => HtmlPage.SitePath(link.GetAttribute("href"))?.Split('/', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts is { Length: 2 })
            .Select(parts => parts![0])
            .Distinct()
            .ToArray() ?? [];

    [GeneratedRegex(@"\(\d{4}\)\s+as\s+(?<character>.+)\z", RegexOptions.Singleline)]
    private static partial Regex CharacterPattern();
}
