using System.Runtime.CompilerServices;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>Where Get-LetterboxdDiary reads a diary from.</summary>
public enum DiarySource
{
    /// <summary>The diary pages: the whole diary, 50 entries a page.</summary>
    Html,

    /// <summary>The member's RSS feed: the latest entries only, with review text, in one request.</summary>
    Rss,
}

/// <summary>
/// A member's diary from the RSS feed (/USER/rss/), the source Letterboxd keeps open to feed readers: one request, the
/// latest entries only (the feed also carries published lists, which are left out), each with its review's text,
/// spoiler flag and the film's TMDB id where the feed has them. The entries are the same <see cref="DiaryEntry"/>
/// objects as the diary pages give; -Year and -Month filter what the feed holds.
/// </summary>
public static class DiaryFeedReader
{
    public static async IAsyncEnumerable<DiaryEntry> ReadAsync(
        LetterboxdCall call,
        string userName,
        int? year = null,
        int? month = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var name = LetterboxdInput.UserName(userName);
        var period = LetterboxdInput.DiaryPeriod(year, month);
        var response = await call.FetchAsync(new PageRequest(SitePaths.MemberFeed(name), ResourceKind.Member, name),
            cancellationToken).ConfigureAwait(false);
        var feed = PageParsing.Parse(call, response, name, "the RSS feed", context => Checked(
            DiaryFeedParser.Parse(response.Body, context), context));
        if (feed.OtherItems > 0)
        {
            call.Observer.Debug($"{SitePaths.MemberFeed(name)}: {feed.OtherItems} items that are not diary entries (lists) left out");
        }

        foreach (var item in feed.Items)
        {
            if (period.Year is { } y && item.WatchedDate.Year != y || period.Month is { } m && item.WatchedDate.Month != m)
            {
                continue;
            }

            yield return EntryOf(name, item);
        }
    }

    // A feed whose items all carry a watched date but none could be read has changed shape; say so, do not go empty.
    private static DiaryFeed Checked(DiaryFeed feed, ParseContext context)
    {
        if (feed.Items.Count == 0 && context.Warnings.Count > 0)
        {
            throw new Errors.MarkupDriftException(
                $"{context.Url.AbsolutePath} holds diary items but none could be read: the feed's format has probably " +
                "changed. Please report it.", context.Target, context.Url, context.Warnings.Count, 0);
        }

        return feed;
    }

    private static DiaryEntry EntryOf(string name, DiaryFeedItem item) => new()
    {
        Member = name,
        WatchedDate = item.WatchedDate,
        Slug = item.Slug,
        Title = item.Title,
        Year = item.Year,
        Rating = item.Rating,
        Rewatch = item.Rewatch,
        Liked = item.Liked,
        Reviewed = item.ReviewUrl is not null,
        ReviewUrl = item.ReviewUrl,
        ReviewText = item.ReviewText,
        ContainsSpoilers = item.ContainsSpoilers,
        TmdbId = item.TmdbId,
        ViewingId = item.ViewingId,
        LetterboxdId = item.LetterboxdId,
        Page = 1,
    };
}
