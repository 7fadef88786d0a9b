using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Rustboxd.Models;
using Rustboxd.Paging;
using Rustboxd.Parsing.Extractors;
using Rustboxd.Routing;

namespace Rustboxd.Parsing;

/// <summary>One review as a list page shows it; the text may be shortened (see <see cref="FullTextPath"/>).</summary>
public sealed record ReviewEntry
{
    /// <summary>The author's user name, lower-cased.</summary>
    public required string Member { get; init; }

    public required FilmSummary Film { get; init; }

    public decimal? Rating { get; init; }

    public DateTime? Date { get; init; }

    public ReviewKind? Kind { get; init; }

    /// <summary>The text as the page shows it; only the start of it when <see cref="Shortened"/>; null when none.</summary>
    public string? Text { get; init; }

    public bool Shortened { get; init; }

    /// <summary>Where the whole text is: the path the page names, checked and rebuilt by SitePaths.</summary>
    public string? FullTextPath { get; init; }

    public bool ContainsSpoilers { get; init; }

    public int? LikeCount { get; init; }

    public int? CommentCount { get; init; }

    /// <summary>The review's own page as a site path: /member/film/slug/ or /member/film/slug/N/.</summary>
    public string? ReviewPath { get; init; }

    public long? ViewingId { get; init; }
}

/// <summary>One page of reviews.</summary>
public sealed record ReviewListPage(IReadOnlyList<ReviewEntry> Entries, Pagination Pagination, int? StatedTotal)
    : ICollectionPage<ReviewEntry>
{
    IReadOnlyList<ReviewEntry> ICollectionPage<ReviewEntry>.Items => Entries;
}

/// <summary>
/// A page of reviews: a member's reviews (/USER/films/reviews/), the reviews a member liked
/// (/USER/likes/reviews/), and any page built from the same review item in any era: article.production-viewing
/// with data-object-id="viewing:N" (2024-26), data-viewing-id / data-person (film pages), li.film-detail (until
/// about 2019). Every field comes from the item's structure: the film from its poster (PosterExtractor), the
/// author from data-owner or the review link's /member/film/slug/[N/] pattern, never from a position in a URL.
/// </summary>
public static partial class ReviewListParser
{
    private const string ItemSelector =
        "article.production-viewing, article[data-object-id^='viewing:'], [data-viewing-id], li.film-detail";

    /// <summary>Reads one page.</summary>
    /// <param name="html">The page.</param>
    /// <param name="context">Where notes go.</param>
    /// <param name="author">
    /// The member who wrote every review on the page (a member's own reviews), used when an item does not name
    /// its author; null on pages of many authors.
    /// </param>
    public static ReviewListPage Parse(string html, ParseContext context, string? author = null) =>
        Parse(HtmlPage.Parse(html), context, author);

    public static ReviewListPage Parse(IDocument document, ParseContext context, string? author = null)
    {
        var entries = new List<ReviewEntry>();
        var position = 0;
        foreach (var item in document.QuerySelectorAll(ItemSelector))
        {
            if (item.ParentElement?.Closest(ItemSelector) is not null || item.Closest("aside, .sidebar") is not null)
            {
                continue;
            }

            position++;
            if (Read(item, position, context, author) is { } entry)
            {
                entries.Add(entry);
            }
        }

        context.Trace($"reviews: {entries.Count} entries from {position} items ({ItemSelector})");
        return new ReviewListPage(entries, Pagination.From(document), StatedTotal(document));
    }

    /// <summary>
    /// The total the page states: the heading tooltip "153 reviews for 153 films" of a member's reviews, or the
    /// selected sub-nav tab "18 reviews" of a member's likes.
    /// </summary>
    public static int? StatedTotal(IDocument document)
    {
        var candidates = document.QuerySelectorAll(
            "#content-nav .section-heading .tooltip, #content-nav .sub-nav li.selected a, .sub-nav li.selected a");
        foreach (var candidate in candidates)
        {
            var tooltip = HtmlPage.Tooltip(candidate);
            if (tooltip is not null && tooltip.Contains("review", StringComparison.OrdinalIgnoreCase))
            {
                return SiteNumber.ParseInt(tooltip);
            }
        }

        return null;
    }

    private static ReviewEntry? Read(IElement item, int position, ParseContext context, string? author)
    {
        var reviewPath = ReviewPath(item);
        var film = PosterExtractor.Extract(item);
        if (film is null)
        {
            context.Warn($"review {position} has no film slug and was skipped");
            return null;
        }

        var member = MemberOf(item, reviewPath) ?? author;
        if (member is null)
        {
            context.Warn($"review {position} ({film.Slug}) names no author and was skipped");
            return null;
        }

        var body = item.QuerySelector(".js-review-body") ?? item.QuerySelector("div.body-text");
        // A review without text (emptied, or shown without its body) is still a review with a rating and a date.
        var text = ReviewText.Of(body);
        if (text is null)
        {
            context.Trace($"review {position} ({film.Slug} by {member}) shows no text");
        }

        var viewingId = ViewingId(item);
        var strip = item.QuerySelector(".content-reactions-strip, .attribution-block, p.attribution") ?? item;
        var (kind, date) = KindAndDate(item, context, position);
        return new ReviewEntry
        {
            Member = member,
            Film = new FilmSummary
            {
                Slug = film.Slug,
                Title = HeadingTitle(item) ?? film.Title,
                Year = film.Year ?? HeadingYear(item),
                LetterboxdId = film.LetterboxdId,
                ShortId = film.ShortId,
            },
            Rating = RatingClass.Find(strip),
            Date = date,
            Kind = kind,
            Text = text,
            Shortened = ReviewText.IsShortened(body),
            FullTextPath = FullTextPath(body, viewingId),
            ContainsSpoilers = item.QuerySelector(ReviewText.SpoilerWarningSelector) is not null,
            LikeCount = LikeCount(item),
            CommentCount = CommentCount(item),
            ReviewPath = reviewPath,
            ViewingId = viewingId,
        };
    }

    // The review's own link: the heading (2016-26), the "Watched"/"Review by" context link, or a 2018 poster's target.
    private static string? ReviewPath(IElement item)
    {
        var links = item.QuerySelectorAll("h2 a[href], .headline-2 a[href], a.context[href]")
            .Select(link => link.GetAttribute("href"))
            .Append(HtmlPage.Attribute(item.QuerySelector("[data-target-link]"), "data-target-link"));
        foreach (var href in links)
        {
            var path = HtmlPage.SitePath(href);
            if (path is not null && ReviewPathPattern().Match(path) is { Success: true } match)
            {
                return match.Groups["path"].Value;
            }
        }

        return null;
    }

    private static string? MemberOf(IElement item, string? reviewPath)
    {
        var owner = HtmlPage.Attribute(item, "data-owner", "data-person")
            ?? (reviewPath is null ? null : ReviewPathPattern().Match(reviewPath).Groups["member"].Value);
        return owner is { Length: > 0 } ? owner.ToLowerInvariant() : null;
    }

    private static string? HeadingTitle(IElement item) =>
        HtmlPage.Text(item.QuerySelector("h2.name a, h2.headline-2 > a, .headline-2 > a"));

    private static int? HeadingYear(IElement item)
    {
        var text = HtmlPage.Text(item.QuerySelector(
            ".releasedate a, h2 small.metadata a, .headline-2 .metadata a, a[href*='/films/year/']"));
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
    }

    // "Watched", "Rewatched" or "Added" sits before span.date; the date is time[datetime] where there is one
    // (every log since 2024, Added in all eras), else the written "12 Sep 2025".
    private static (ReviewKind? Kind, DateTime? Date) KindAndDate(IElement item, ParseContext context, int position)
    {
        var dateElement = item.QuerySelector("span.date, span._nobr");
        var logged = HtmlPage.Text(dateElement?.PreviousElementSibling)
            ?? HtmlPage.Text(item.QuerySelector("a.context"));
        var kind = KindOf(logged) ?? KindOf(HtmlPage.Text(dateElement));

        var time = dateElement?.QuerySelector("time[datetime]") ?? item.QuerySelector("time[datetime]");
        var stamp = HtmlPage.Attribute(time, "datetime");
        var date = IsoDate(stamp) ?? WrittenDate(HtmlPage.Text(dateElement));
        if (date is null && dateElement is not null)
        {
            context.Trace($"review {position}: no date could be read from '{HtmlPage.Text(dateElement)}'");
        }

        return (kind, date);
    }

    private static ReviewKind? KindOf(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var kind in new[] { ReviewKind.Rewatched, ReviewKind.Watched, ReviewKind.Added })
        {
            if (text.StartsWith(kind.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }

    private static DateTime? IsoDate(string? stamp)
    {
        // The datetime attribute may carry a time as well; the day is what the page shows.
        var compact = stamp is null ? null : Whitespace().Replace(stamp, string.Empty);
        return compact is { Length: >= 10 }
            && DateTime.TryParseExact(compact[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var date)
            ? date
            : null;
    }

    private static DateTime? WrittenDate(string? text)
    {
        var match = text is null ? Match.Empty : WrittenDatePattern().Match(text);
        return match.Success
            && DateTime.TryParseExact(match.Value, ["d MMM yyyy", "dd MMM yyyy"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    // viewing:N on the article (2024-26), data-viewing-id (film pages), the like button's identifier, or the
    // full-text address (2018).
    private static long? ViewingId(IElement item)
    {
        var fullText = HtmlPage.SitePath(AttributeBelow(item, "data-full-text-url")) ?? string.Empty;
        var candidates = new[]
        {
            HtmlPage.Attribute(item, "data-object-id"),
            HtmlPage.Attribute(item, "data-viewing-id"),
            IdentifierUid(AttributeBelow(item, "data-likeable-identifier")),
            AttributeBelow(item, "data-likeable-uid"),
            FullTextPattern().Match(fullText) is { Success: true } match && match.Groups["kind"].Value == "viewing"
                ? match.Groups["id"].Value
                : null,
        };

        foreach (var candidate in candidates)
        {
            var digits = candidate?.StartsWith("viewing:", StringComparison.Ordinal) == true
                ? candidate["viewing:".Length..]
                : candidate;
            if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                return id;
            }
        }

        return null;
    }

    private static string? AttributeBelow(IElement item, string name) =>
        HtmlPage.Attribute(item.QuerySelector($"[{name}]"), name);

    private static string? IdentifierUid(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("uid", out var uid) && uid.ValueKind == JsonValueKind.String
                ? uid.GetString()
                : null;
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            // ArgumentException: text that is no valid UTF-16 (a lone surrogate) cannot even be read as JSON.
            return null;
        }
    }

    // The page names the fragment in data-full-text-url; its parts are checked and the path rebuilt, so nothing
    // the page says becomes a request unexamined. Without it, the viewing id gives the same address.
    private static string? FullTextPath(IElement? body, long? viewingId)
    {
        var named = HtmlPage.SitePath(HtmlPage.Attribute(body, "data-full-text-url"));
        var match = named is null ? Match.Empty : FullTextPattern().Match(named);
        if (match.Success
            && long.TryParse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && id > 0)
        {
            return SitePaths.FullText(match.Groups["kind"].Value, id);
        }

        return viewingId is { } viewing ? SitePaths.FullText("viewing", viewing) : null;
    }

    private static int? LikeCount(IElement item)
    {
        var like = item.QuerySelector(".like-link-target[data-count], [data-likeable-identifier][data-count]");
        return SiteNumber.ParseInt(HtmlPage.Attribute(like, "data-count"));
    }

    // Letterboxd draws the comment link only for a review that has comments, inside the reactions strip
    // (2024-26); so a strip without one means none. Older items without a strip leave it unknown.
    private static int? CommentCount(IElement item)
    {
        var link = item.QuerySelector("a.icon-comment, a.comment-count");
        if (link is not null)
        {
            return SiteNumber.ParseInt(HtmlPage.Text(link.QuerySelector(".label") ?? link));
        }

        return item.QuerySelector(".content-reactions-strip") is null ? null : 0;
    }

    // /member/film/slug/ and /member/film/slug/N/ (a member's later reviews of the same film), with any #comments.
    [GeneratedRegex(
        @"^(?<path>/(?<member>[A-Za-z0-9_]{2,15})/film/(?<slug>[a-z0-9][a-z0-9-]*)/(?:(?<number>\d+)/)?)(?:[?#].*)?$")]
    private static partial Regex ReviewPathPattern();

    [GeneratedRegex(@"^/s/full-text/(?<kind>[A-Za-z]+):(?<id>\d+)/?$")]
    private static partial Regex FullTextPattern();

    [GeneratedRegex(@"\b\d{1,2} [A-Z][a-z]{2} \d{4}\b")]
    private static partial Regex WrittenDatePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
