using System.Globalization;
using AngleSharp.Dom;
using Rustboxd.Models;
using Rustboxd.Paging;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>One batch of a member's activity feed: its entries and whether the feed ends here.</summary>
public sealed record ActivityPage(IReadOnlyList<ActivityEntry> Entries, bool Ended) : ICollectionPage<ActivityEntry>
{
    IReadOnlyList<ActivityEntry> ICollectionPage<ActivityEntry>.Items => Entries;

    Pagination ICollectionPage<ActivityEntry>.Pagination => Pagination.Single;

    int? ICollectionPage<ActivityEntry>.StatedTotal => null;

    /// <summary>The id to ask for the entries before this batch (?after=ID), or null at the end of the feed.</summary>
    public long? After => Ended || Entries.Count == 0 ? null : Entries[^1].ActivityId;
}

/// <summary>An activity entry as the feed shows it, before it is tied to the member it was read for.</summary>
public sealed record ActivityEntry(
    long ActivityId, ActivityKind Kind, DateTimeOffset? Date, string? Description, FilmSummary? Film, decimal? Rating,
    string? ReviewText, string? TargetMember, string? ListSlug, string? TargetPath);

/// <summary>
/// The activity feed fragment (/ajax/activity-pagination/USER/, then ?after=ID for older batches): one section per
/// entry with data-activity-id, a class naming its shape (-basic, -review, -newlist), a time[datetime], the
/// sentence in p.activity-summary, and a.target linking what it is about. A .no-activity-message ends the feed.
/// What an entry is about comes from the structure of its links (/film/SLUG/ anywhere in the path, /USER/list/SLUG/),
/// never from a position in the URL: a liked review's link is /USER/film/SLUG/N/ (bug-log BL-21).
/// </summary>
public static class ActivityParser
{
    private static readonly (string Word, ActivityKind Kind)[] Verbs =
    [
        ("rewatched", ActivityKind.Rewatched), ("watched", ActivityKind.Watched), ("rated", ActivityKind.Rated),
        ("liked", ActivityKind.Liked), ("added", ActivityKind.AddedToWatchlist), ("followed", ActivityKind.Followed),
        ("commented", ActivityKind.Commented), ("cloned", ActivityKind.ClonedList), ("created", ActivityKind.CreatedList),
        ("reviewed", ActivityKind.Reviewed),
    ];

    public static ActivityPage Parse(string html, ParseContext context) => Parse(HtmlPage.Parse(html), context);

    public static ActivityPage Parse(IDocument document, ParseContext context)
    {
        var entries = new List<ActivityEntry>();
        foreach (var section in document.QuerySelectorAll("section[data-activity-id]"))
        {
            var id = HtmlPage.Attribute(section, "data-activity-id");
            if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var activityId))
            {
                context.Warn($"an activity entry has no numeric data-activity-id ('{id}') and was skipped");
                continue;
            }

            entries.Add(Entry(section, activityId, context));
        }

        var ended = document.QuerySelector(".no-activity-message, .activity-end") is not null;
        context.Trace($"activity: {entries.Count} entries, {(ended ? "end of the feed" : "more may follow")}");
        return new ActivityPage(entries, ended);
    }

    private static ActivityEntry Entry(IElement section, long activityId, ParseContext context)
    {
        var shape = section.ClassList.FirstOrDefault(c => c.StartsWith('-'))?[1..];
        var summary = HtmlPage.Text(section.QuerySelector(".activity-summary")) ?? HtmlPage.Text(section.QuerySelector("p"));
        var target = section.QuerySelector("a.target");
        var targetPath = HtmlPage.SitePath(target?.GetAttribute("href"));
        var kind = KindOf(shape, summary, section);
        if (kind == ActivityKind.Other)
        {
            context.Trace($"activity {activityId}: wording not recognised: '{summary}'");
        }

        return new ActivityEntry(
            activityId,
            kind,
            DateOf(section),
            summary,
            FilmOf(section, target, targetPath),
            RatingClass.Find(section.QuerySelector(".rating, [class*='rated-']")),
            kind == ActivityKind.Reviewed ? ReviewText(section) : null,
            MemberOf(kind, targetPath),
            ListSlugOf(targetPath),
            targetPath);
    }

    private static ActivityKind KindOf(string? shape, string? summary, IElement section)
    {
        if (shape == "review")
        {
            return ActivityKind.Reviewed;
        }

        if (shape == "newlist")
        {
            return ActivityKind.CreatedList;
        }

        // The sentence names the member first, then the verb: "sampleuser7 liked ...". The verbs are Letterboxd's.
        var words = (summary ?? string.Empty).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            foreach (var (verb, kind) in Verbs)
            {
                if (word == verb)
                {
                    return kind;
                }
            }
        }

        return section.QuerySelector(".activity-comment-text") is not null ? ActivityKind.Commented : ActivityKind.Other;
    }

    private static DateTimeOffset? DateOf(IElement section)
    {
        var value = HtmlPage.Attribute(section.QuerySelector("time[datetime]"), "datetime");
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUniversalTime()
            : null;
    }

    // A review carries a poster; a basic entry links the film (or the review of it) from its target.
    private static FilmSummary? FilmOf(IElement section, IElement? target, string? targetPath)
    {
        if (section.QuerySelector("[data-item-slug], [data-film-slug]") is { } poster && PosterExtractor.Extract(poster) is { } film)
        {
            return film;
        }

        var slug = PosterExtractor.SlugFromPath(targetPath);
        if (slug is null)
        {
            return null;
        }

        // The target text of a liked review reads "Name’s review of Title"; only the title is the film's.
        var text = HtmlPage.Text(target);
        var marker = text?.LastIndexOf(" review of ", StringComparison.Ordinal) ?? -1;
        var (title, year) = PosterExtractor.SplitTitleAndYear(marker >= 0 ? text![(marker + 11)..] : text);
        return new FilmSummary { Slug = slug, Title = title, Year = year };
    }

    private static string? ReviewText(IElement section)
    {
        var body = section.QuerySelector(".body-text, .js-review-body");
        if (body is null)
        {
            return null;
        }

        var paragraphs = body.QuerySelectorAll("p").Select(HtmlPage.Text).OfType<string>().ToArray();
        return paragraphs.Length > 0 ? string.Join(Environment.NewLine + Environment.NewLine, paragraphs) : HtmlPage.Text(body);
    }

    // /USER/ (followed), /USER/film/SLUG/N/ (a review), /USER/list/SLUG/ (a list): the first segment is the member.
    private static string? MemberOf(ActivityKind kind, string? targetPath)
    {
        var segments = targetPath?.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return segments switch
        {
            [var member] when kind == ActivityKind.Followed => member,
            [var member, "film" or "list", ..] => member,
            _ => null,
        };
    }

    private static string? ListSlugOf(string? targetPath)
    {
        var segments = targetPath?.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return segments is [_, "list", var slug, ..] ? slug : null;
    }
}
