using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Rustboxd.Errors;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>One diary item of a member's RSS feed: a film watched on a date, maybe with a review.</summary>
public sealed record DiaryFeedItem(
    string Slug,
    string? Title,
    int? Year,
    DateTime WatchedDate,
    decimal? Rating,
    bool Rewatch,
    bool Liked,
    Uri? ReviewUrl,
    string? ReviewText,
    bool ContainsSpoilers,
    long? TmdbId,
    long? ViewingId,
    long? LetterboxdId,
    DateTimeOffset? Published);

/// <summary>A member's RSS feed: its diary items, and how many other items (lists) it also held.</summary>
public sealed record DiaryFeed(string? Title, IReadOnlyList<DiaryFeedItem> Items, int OtherItems);

/// <summary>
/// The member's RSS feed (/USER/rss/): RSS 2.0 whose items carry letterboxd:watchedDate, rewatch, filmTitle,
/// filmYear, memberRating, memberLike and tmdb:movieId (or tvId) elements, the film's poster and the review's
/// paragraphs in the description, and a guid letterboxd-review-N or letterboxd-watch-N (N the viewing's id). Items
/// without a watched date (published lists, letterboxd-list-N) are not diary entries and are counted, not returned.
/// Elements are matched by local name, so a change of namespace address does not empty the feed.
/// </summary>
public static partial class DiaryFeedParser
{
    private const string SpoilerNote = "This review may contain spoilers.";

    public static DiaryFeed Parse(string xml, ParseContext context)
    {
        // A feed that is not XML, or not RSS, is the module's own parse error, never a bare XmlException (fuzzing).
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.None);
        }
        catch (XmlException error)
        {
            throw new ParseException(
                $"The RSS feed at {context.Url.AbsolutePath} is not well-formed XML ({error.Message}); it may have been " +
                "cut short. Try again, or report it with the feed's address.", context.Target, context.Url, "feed");
        }

        var channel = document.Root?.Element("channel")
            ?? throw new ParseException(
                $"{context.Url.AbsolutePath} is not an RSS feed: it has no rss/channel element.",
                context.Target, context.Url, "feed");

        var items = new List<DiaryFeedItem>();
        var others = 0;
        var position = 0;
        foreach (var item in channel.Elements("item"))
        {
            position++;
            if (Child(item, "watchedDate") is null)
            {
                others++;
                continue;
            }

            if (ParseItem(item, position, context) is { } parsed)
            {
                items.Add(parsed);
            }
        }

        context.Trace($"rss: {items.Count} diary items and {others} other items of {position}");
        return new DiaryFeed(channel.Element("title")?.Value.Trim(), items, others);
    }

    private static DiaryFeedItem? ParseItem(XElement item, int position, ParseContext context)
    {
        var link = item.Element("link")?.Value.Trim();
        var slug = link is null ? null : FilmLink().Match(link) is { Success: true } match ? match.Groups[1].Value : null;
        var watched = DateOf(Child(item, "watchedDate"));
        if (slug is null || watched is null)
        {
            var what = slug is null ? $"no film link ({link ?? "none"})" : "no readable watched date";
            context.Warn($"feed item {position} ({Child(item, "filmTitle") ?? item.Element("title")?.Value}) has {what}; skipped");
            return null;
        }

        var (kind, id) = GuidOf(item.Element("guid")?.Value);
        var isReview = kind == "review";
        var description = HtmlPage.Parse($"<body>{item.Element("description")?.Value}</body>").Body;
        var spoilerNote = description?.QuerySelectorAll("p").FirstOrDefault(p => HtmlPage.Text(p) == SpoilerNote);
        spoilerNote?.Remove();
        var title = item.Element("title")?.Value ?? string.Empty;
        return new DiaryFeedItem(
            slug,
            Child(item, "filmTitle"),
            int.TryParse(Child(item, "filmYear"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
            watched.Value,
            RatingOf(Child(item, "memberRating")),
            IsYes(Child(item, "rewatch")),
            IsYes(Child(item, "memberLike")),
            isReview && Uri.TryCreate(link, UriKind.Absolute, out var reviewUrl) ? reviewUrl : null,
            isReview ? ReviewText.Of(description) : null,
            spoilerNote is not null || title.EndsWith("(contains spoilers)", StringComparison.OrdinalIgnoreCase),
            LongOf(Child(item, "movieId") ?? Child(item, "tvId")),
            id,
            FilmIdOf(description?.QuerySelector("img")?.GetAttribute("src")),
            DateTimeOffset.TryParse(item.Element("pubDate")?.Value, CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var published) ? published : null);
    }

    // letterboxd:watchedDate, tmdb:movieId ... whatever the namespace's address.
    private static string? Child(XElement item, string localName) =>
        item.Elements().FirstOrDefault(element => element.Name.LocalName == localName)?.Value.Trim() is { Length: > 0 } value
            ? value
            : null;

    private static DateTime? DateOf(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    // memberRating is stars with one decimal ("2.0", "3.5"); anything off the half-star scale is no rating.
    private static decimal? RatingOf(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var stars)
        && stars is >= 0.5m and <= 5m && stars * 2 % 1 == 0
            ? (int)(stars * 2) / 2m
            : null;

    private static bool IsYes(string? text) => string.Equals(text, "Yes", StringComparison.OrdinalIgnoreCase);

    private static long? LongOf(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    // letterboxd-review-1115733957 -> ("review", 1115733957)
    private static (string? Kind, long? Id) GuidOf(string? guid) =>
        guid is not null && GuidPattern().Match(guid.Trim()) is { Success: true } match
            ? (match.Groups[1].Value, LongOf(match.Groups[2].Value))
            : (null, null);

    // The poster's address holds the film id: /film-poster/4/9/4/7/1/3/494713-the-passion-...-crop.jpg
    private static long? FilmIdOf(string? posterUrl) =>
        posterUrl is not null && PosterPattern().Match(posterUrl) is { Success: true } match ? LongOf(match.Groups[1].Value) : null;

    // /USER/film/SLUG/ or /USER/film/SLUG/N/ (a member's second review of a film), never by segment position (BL-21).
    [GeneratedRegex(@"^https?://[^/]+/[A-Za-z0-9_]+/film/([a-z0-9-]+)/(?:\d+/)?$")]
    private static partial Regex FilmLink();

    [GeneratedRegex(@"^letterboxd-([a-z]+)-(\d+)$")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"/film-poster/(?:\d+/)+(\d+)-")]
    private static partial Regex PosterPattern();
}
