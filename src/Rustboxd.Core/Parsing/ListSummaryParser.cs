using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Rustboxd.Paging;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>One list card of a lists index, as the page shows it.</summary>
public sealed record ListCard(
    string Owner,
    string Slug,
    string? Title,
    string? Description,
    int? FilmCount,
    int? LikeCount,
    int? CommentCount,
    long? ListId);

/// <summary>
/// A page of list cards: a member's lists (/USER/lists/), the lists they liked (/USER/likes/lists/). Two eras:
/// article.list-summary with h2.name, div.notes and a content-reactions-strip (since 2025-08, bug-log BL-13), and
/// the older section.list holding div.film-list-summary with an h2 link, small.value and an attribution line. A
/// card is whatever sits in one of those containers; its list link, not an attribute, says which list it is.
/// </summary>
public static partial class ListSummaryParser
{
    private const string CardSelector = "article.list-summary, section.list-summary, section.list, div.film-list-summary";
    private const string FilmCountSelector =
        ".content-reactions-strip .value, small.value, .value, .attribution-detail small";

    public static CollectionPage<ListCard> Parse(string html, ParseContext context) => Parse(HtmlPage.Parse(html), context);

    public static CollectionPage<ListCard> Parse(IDocument document, ParseContext context)
    {
        var cards = new List<ListCard>();
        var position = 0;
        foreach (var card in document.QuerySelectorAll(CardSelector))
        {
            // A summary inside a card is the same card; lists in the sidebar ("Cloned from…") are not the member's.
            if (card.ParentElement?.Closest(CardSelector) is not null || card.Closest("aside, .sidebar") is not null)
            {
                continue;
            }

            position++;
            var parsed = ParseCard(card);
            if (parsed is null)
            {
                context.Warn($"list card {position} has no link to its list and was skipped");
                continue;
            }

            cards.Add(parsed);
        }

        context.Trace($"lists index: {cards.Count} lists from {position} cards ({CardSelector})");
        return new CollectionPage<ListCard>(cards, Pagination.From(document), StatedTotal(document));
    }

    /// <summary>The total in the heading's tooltip ("16 lists"), or on the selected sub-nav tab in older pages.</summary>
    public static int? StatedTotal(IDocument document)
    {
        var candidates = document.QuerySelectorAll(
            "#content-nav .section-heading .tooltip, #content-nav .sub-nav li.selected a, .sub-nav li.selected a");
        foreach (var candidate in candidates)
        {
            var tooltip = HtmlPage.Tooltip(candidate);
            if (tooltip is not null && tooltip.Contains("list", StringComparison.OrdinalIgnoreCase))
            {
                return SiteNumber.ParseInt(tooltip);
            }
        }

        return null;
    }

    /// <summary>The owner and slug in a list address: /OWNER/list/SLUG/ (also with page/N/ or detail/ after it).</summary>
    public static (string Owner, string Slug)? ListPath(string? path)
    {
        var match = path is null ? Match.Empty : ListPathPattern().Match(path);
        return match.Success ? (match.Groups["owner"].Value.ToLowerInvariant(), match.Groups["slug"].Value) : null;
    }

    private static ListCard? ParseCard(IElement card)
    {
        var link = card.QuerySelector("h2.name a, .film-list-summary h2 a, h2 a, h3 a");
        var list = ListPath(HtmlPage.SitePath(link?.GetAttribute("href")))
            ?? ListPath(HtmlPage.SitePath(card.QuerySelector("a.poster-list-link, a.list-link")?.GetAttribute("href")));
        if (list is null)
        {
            return null;
        }

        // Cards of many owners (a film's lists, search) put the owner's attribution before the strip: the strip first.
        var reactions = card.QuerySelector(".content-reactions-strip")
            ?? card.QuerySelector(".attribution-detail, .attribution");
        return new ListCard(
            list.Value.Owner,
            list.Value.Slug,
            HtmlPage.Text(link),
            ProseText.From(card.QuerySelector(".notes, .body-text")),
            SiteNumber.ParseInt(HtmlPage.Text(card.QuerySelector(FilmCountSelector))),
            ReactionCount(reactions, ".icon-like"),
            ReactionCount(reactions, ".icon-comment"),
            ListId(card));
    }

    private static long? ListId(IElement card) =>
        long.TryParse(card.GetAttribute("data-film-list-id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    // The strip shows a like or comment link only when there is at least one; no strip at all means unknown.
    private static int? ReactionCount(IElement? reactions, string icon)
    {
        if (reactions is null)
        {
            return null;
        }

        var link = reactions.QuerySelector(icon);
        return link is null ? 0 : SiteNumber.ParseInt(HtmlPage.Text(link.QuerySelector(".label") ?? link));
    }

    [GeneratedRegex(@"^/(?<owner>[A-Za-z0-9_]{2,15})/list/(?<slug>[a-z0-9-]+)/")]
    private static partial Regex ListPathPattern();
}
