using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Rustboxd.Models;
using Rustboxd.Paging;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>What a list page says about the list itself; every field is optional.</summary>
public sealed record ListHeader
{
    /// <summary>The owner and slug of the address the page came from, which follows a moved list.</summary>
    public (string Owner, string Slug)? Canonical { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTime? Published { get; init; }

    public DateTime? Updated { get; init; }

    public int? FilmCount { get; init; }

    public long? ListId { get; init; }

    public int? LikeCount { get; init; }

    public int? CommentCount { get; init; }
}

/// <summary>One entry of a list page: the film, its number when the list is ranked, and what the owner added.</summary>
/// <param name="IndexOnPage">The entry's place among the page's items (1-based), skipped ones included.</param>
public sealed record ListPageEntry(FilmSummary Film, int? Rank, decimal? OwnerRating, string? Notes, int IndexOnPage);

/// <summary>One page of a list: its header, its entries and its pagination.</summary>
/// <param name="ItemCount">Items on the page, those that could not be read included.</param>
public sealed record ListPage(
    ListHeader Header, IReadOnlyList<ListPageEntry> Entries, bool Ranked, int ItemCount, Pagination Pagination)
    : ICollectionPage<ListPageEntry>
{
    IReadOnlyList<ListPageEntry> ICollectionPage<ListPageEntry>.Items => Entries;

    /// <summary>The list's own film count: the whole list, not this page.</summary>
    public int? StatedTotal => Header.FilmCount;
}

/// <summary>
/// A member's list page (/USER/list/SLUG/, 100 entries a page) in its grid view and its detail view (detail/).
/// The entries are the items of ul.js-list-entries whatever their class (li.posteritem since 2025,
/// li.poster-container before, li.film-detail in the detail view); a ranked list marks each one
/// li.numbered-list-item with its number in p.list-number (an ol in older pages). Notes on an entry are the
/// body-text of the detail view. The film count comes from the meta description ("A list of 601 films"), never
/// from the poster strips of other lists the page shows.
/// </summary>
public static partial class ListPageParser
{
    private const string EntriesSelector = "ul.js-list-entries, ol.js-list-entries, ul.film-list, ol.film-list";
    private const string LooseEntrySelector = "li.posteritem, li.poster-container, li.film-detail, li.numbered-list-item";

    public static ListPage Parse(string html, ParseContext context) => Parse(HtmlPage.Parse(html), context);

    public static ListPage Parse(IDocument document, ParseContext context)
    {
        var container = document.QuerySelectorAll(EntriesSelector).FirstOrDefault(c => !InSidebar(c));
        var items = container is not null
            ? container.Children.Where(child => child.LocalName == "li").ToArray()
            : document.QuerySelectorAll(LooseEntrySelector).Where(li => !InSidebar(li)).ToArray();

        var entries = new List<ListPageEntry>();
        var ranked = container?.LocalName == "ol";
        for (var index = 1; index <= items.Length; index++)
        {
            var item = items[index - 1];
            ranked |= item.ClassList.Contains("numbered-list-item") || item.QuerySelector(".list-number") is not null;

            // BL-22's class: one entry that cannot be read costs that entry, never the page.
            var film = Film(item);
            if (film is null)
            {
                context.Warn($"list entry {index} has no film slug and was skipped");
                continue;
            }

            entries.Add(new ListPageEntry(film, Rank(item, context, index), OwnerRating(item), Notes(item), index));
        }

        var where = container is null
            ? $"outside any entries list ({LooseEntrySelector})"
            : $"in {container.LocalName}.{container.ClassName}";
        context.Trace($"list page: {entries.Count} entries from {items.Length} items {where}");
        return new ListPage(Header(document, context), entries, ranked, items.Length, Pagination.From(document));
    }

    // Lists the page shows beside this one ("Cloned from…") live in the sidebar.
    private static bool InSidebar(IElement element) => element.Closest("aside, .sidebar") is not null;

    private static FilmSummary? Film(IElement item)
    {
        var film = PosterExtractor.Extract(item);
        if (film is null || (film.Title is not null && film.Year is not null))
        {
            return film;
        }

        // The detail view names the film in its headline when the poster does not.
        var headline = item.QuerySelector(".headline-2, h2.primaryname, h2");
        var title = HtmlPage.Text(headline?.QuerySelector("a[href*='/film/']"));
        var year = SiteNumber.ParseInt(HtmlPage.Text(headline?.QuerySelector("small, .metadata")));
        return new FilmSummary
        {
            Slug = film.Slug,
            Title = film.Title ?? title,
            Year = film.Year ?? (year is > 1870 and < 2200 ? year : null),
            LetterboxdId = film.LetterboxdId,
            ShortId = film.ShortId,
        };
    }

    private static int? Rank(IElement item, ParseContext context, int index)
    {
        var number = item.QuerySelector(".list-number");
        if (number is null)
        {
            return null;
        }

        var rank = SiteNumber.ParseInt(HtmlPage.Text(number));
        if (rank is null)
        {
            context.Warn($"list entry {index} is numbered but its number '{HtmlPage.Text(number)}' could not be read");
        }

        return rank;
    }

    // data-owner-rating holds the owner's rating in half stars; 0 means not rated.
    private static decimal? OwnerRating(IElement item)
    {
        var halves = HtmlPage.Attribute(item, "data-owner-rating");
        if (halves is not null)
        {
            var known = int.TryParse(halves, NumberStyles.None, CultureInfo.InvariantCulture, out var value);
            return known && value is >= 1 and <= 10 ? value / 2m : null;
        }

        return RatingClass.Find(item.QuerySelector(".film-detail-content .rating"));
    }

    private static string? Notes(IElement item) => ProseText.From(item.QuerySelector(
        ".film-detail-content .body-text, .film-detail-content .notes, .body-text, .notes"));

    private static ListHeader Header(IDocument document, ParseContext context) => new()
    {
        Canonical = ListSummaryParser.ListPath(context.Url.AbsolutePath),
        Title = HtmlPage.Text(document.QuerySelector(".list-title-intro h1, h1.list-title, .list-title-intro .title-1"))
            ?? HtmlPage.MetaContent(document, "og:title"),
        Description = ProseText.From(document.QuerySelector("#list-notes"))
            ?? ProseText.From(document.QuerySelector(".list-title-intro .body-text, .list-description"))
            ?? HtmlPage.MetaContent(document, "og:description"),
        Tags = document.QuerySelectorAll("ul.tags li a, .list-tags a").Select(HtmlPage.Text).OfType<string>().ToArray(),
        Published = Date(document.QuerySelector(".list-date .published time, span.published time")),
        Updated = Date(document.QuerySelector(".list-date .updated time, span.updated time")),
        FilmCount = FilmCount(document),
        ListId = ListId(document),
        LikeCount = LikeCount(document),
        CommentCount = SiteNumber.ParseInt(
            HtmlPage.Attribute(document.QuerySelector("[data-num-comments]"), "data-num-comments")),
    };

    // "A list of 601 films compiled on Letterboxd, including ..."
    private static int? FilmCount(IDocument document)
    {
        var description = HtmlPage.MetaContent(document, "description");
        var match = description is null ? Match.Empty : FilmCountPattern().Match(description);
        return match.Success ? SiteNumber.ParseInt(match.Groups[1].Value) : null;
    }

    // The list's id appears as "filmlist:N" in the report, like and comments widgets, or as "...-list-N" in a menu id.
    private static long? ListId(IDocument document)
    {
        var widgets = document.QuerySelectorAll(
            "[data-report-url*='filmlist:'], [data-likeable-identifier*='filmlist:'], [data-url*='filmlist:'], " +
            "[data-popmenu-id*='-list-']");
        foreach (var widget in widgets)
        {
            foreach (var value in new[] { "data-report-url", "data-likeable-identifier", "data-url", "data-popmenu-id" }
                .Select(widget.GetAttribute).OfType<string>())
            {
                var match = ListIdPattern().Match(value);
                if (match.Success && long.TryParse(match.Groups["id"].Value, CultureInfo.InvariantCulture, out var id))
                {
                    return id;
                }
            }
        }

        return null;
    }

    private static int? LikeCount(IDocument document)
    {
        // The list's own like widget; one that names another kind of thing (a review, say) is not it.
        var like = document.QuerySelectorAll(".like-link-target[data-count]").FirstOrDefault(widget =>
            HtmlPage.Attribute(widget, "data-likeable-identifier") is not { } identifier
            || identifier.Contains("filmlist:", StringComparison.Ordinal));
        return SiteNumber.ParseInt(HtmlPage.Attribute(like, "data-count"));
    }

    // A list's dates are instants (2013-11-08T10:38:22.466Z); models carry the date alone.
    private static DateTime? Date(IElement? time)
    {
        var value = HtmlPage.Attribute(time, "datetime");
        return value is not null
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? DateTime.SpecifyKind(instant.UtcDateTime.Date, DateTimeKind.Unspecified)
            : null;
    }

    [GeneratedRegex(@"\bA list of ([\d,]+) films?\b", RegexOptions.IgnoreCase)]
    private static partial Regex FilmCountPattern();

    [GeneratedRegex(@"(?:filmlist:|-list-)(?<id>\d+)")]
    private static partial Regex ListIdPattern();
}
