using System.Runtime.CompilerServices;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Parsing.Extractors;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// Reviews with their whole text: a member's reviews (/USER/films/reviews/), the reviews a member liked
/// (/USER/likes/reviews/), or any other listing of review items given as a <see cref="CollectionSource{TItem}"/>.
/// A list page shortens long reviews; for each shortened one (and only those) the full-text fragment the page
/// names is fetched, a few ahead of the review being handed out, and output stays in page order. A fragment
/// that cannot be had leaves the shortened text, with a warning.
/// </summary>
public static class ReviewsReader
{
    /// <summary>Letterboxd's review lists hold 12 reviews a page.</summary>
    public const int PageSize = 12;

    /// <param name="call">The call the requests belong to.</param>
    /// <param name="userName">The member.</param>
    /// <param name="liked">Read the reviews the member liked instead of those they wrote.</param>
    /// <param name="maximumItems">Stop after this many reviews (skip + first); null for all.</param>
    /// <param name="onStatedTotal">Told the total the first page states, when it states one.</param>
    /// <param name="cancellationToken">Stops this read alone.</param>
    public static IAsyncEnumerable<Review> ReadMemberAsync(
        LetterboxdCall call,
        string userName,
        bool liked = false,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        CancellationToken cancellationToken = default)
    {
        var name = LetterboxdInput.UserName(userName);
        var source = new CollectionSource<ReviewEntry>
        {
            Target = name,
            Name = liked ? $"{name}'s liked reviews" : $"{name}'s reviews",
            ItemsName = "reviews",
            PageSize = PageSize,
            RequestFor = page => new PageRequest(
                liked ? SitePaths.MemberLikedReviews(name, page) : SitePaths.MemberReviews(name, page),
                ResourceKind.Member, name),

            // On a member's own reviews page every review is theirs; liked reviews name their authors.
            Parse = (html, context) => ReviewListParser.Parse(html, context, liked ? null : name),
        };

        return ReadAsync(call, source, liked ? name : null, maximumItems, onStatedTotal, cancellationToken);
    }

    /// <summary>Reads any paged listing of reviews in page order, with the whole text of each.</summary>
    /// <param name="call">The call the requests belong to.</param>
    /// <param name="source">The listing; its parser is usually <see cref="ReviewListParser"/>.</param>
    /// <param name="likedBy">The member whose likes the listing shows, or null.</param>
    /// <param name="maximumItems">Stop after this many reviews (skip + first); null for all.</param>
    /// <param name="onStatedTotal">Told the total the first page states, when it states one.</param>
    /// <param name="cancellationToken">Stops this read alone.</param>
    public static async IAsyncEnumerable<Review> ReadAsync(
        LetterboxdCall call,
        CollectionSource<ReviewEntry> source,
        string? likedBy = null,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(call.CancellationToken, cancellationToken);
        var pending = new Queue<(PagedItem<ReviewEntry> Item, Task<string?>? FullText)>();
        try
        {
            var entries = CollectionReader.ReadAsync(call, source, maximumItems, onStatedTotal, stop.Token);
            await foreach (var item in entries.ConfigureAwait(false))
            {
                var fullText = item.Item.Shortened
                    ? FetchFullTextAsync(call, source.Target, item.Item, stop.Token)
                    : null;
                pending.Enqueue((item, fullText));

                // A review goes out as soon as it is complete; a shortened one waits for its fragment, while at most
                // ThrottleLimit reviews queue behind it.
                while (pending.TryPeek(out var head)
                    && (head.FullText is null or { IsCompleted: true } || pending.Count > call.ThrottleLimit))
                {
                    pending.Dequeue();
                    yield return ToReview(call, head.Item, await TextOf(head.FullText).ConfigureAwait(false), likedBy);
                }
            }

            while (pending.TryDequeue(out var next))
            {
                yield return ToReview(call, next.Item, await TextOf(next.FullText).ConfigureAwait(false), likedBy);
            }
        }
        finally
        {
            // Fetches of reviews nobody waits for any more are stopped, and must not surface as unobserved exceptions.
            stop.Cancel();
            foreach (var (_, fullText) in pending)
            {
                _ = fullText?.ContinueWith(static t => t.Exception, TaskScheduler.Default);
            }
        }
    }

    private static async Task<string?> FetchFullTextAsync(
        LetterboxdCall call, string target, ReviewEntry entry, CancellationToken cancellationToken)
    {
        var what = $"the full text of {entry.Member}'s review of {entry.Film.Slug}";
        if (entry.FullTextPath is null)
        {
            call.Observer.Warning($"{what} has no address on the page; the review keeps the shortened text");
            return null;
        }

        try
        {
            var request = new PageRequest(entry.FullTextPath, ResourceKind.Page, target);
            var response = await call.FetchAsync(request, cancellationToken).ConfigureAwait(false);
            var text = PageParsing.Parse(call, response, target, what, _ => ReviewText.FromFragment(response.Body));
            if (text is null)
            {
                call.Observer.Warning($"{what} ({entry.FullTextPath}) was empty; the review keeps the shortened text");
            }

            return text;
        }
        catch (LetterboxdException error) when (!error.StopsTheCall)
        {
            call.Observer.Warning(
                $"{what} could not be fetched ({error.Message}); the review keeps the shortened text");
            return null;
        }
    }

    private static Task<string?> TextOf(Task<string?>? fullText) => fullText ?? Task.FromResult<string?>(null);

    private static Review ToReview(LetterboxdCall call, PagedItem<ReviewEntry> item, string? fullText, string? likedBy)
    {
        var entry = item.Item;
        return new Review
        {
            Member = entry.Member,
            Slug = entry.Film.Slug,
            Title = entry.Film.Title,
            Year = entry.Film.Year,
            Rating = entry.Rating,
            Date = entry.Date,
            Kind = entry.Kind,
            Text = fullText ?? entry.Text,
            TextTruncated = entry.Shortened && fullText is null,
            ContainsSpoilers = entry.ContainsSpoilers,
            LikeCount = entry.LikeCount,
            CommentCount = entry.CommentCount,
            Url = entry.ReviewPath is null ? null : call.Session.ResolveUrl(entry.ReviewPath),
            ViewingId = entry.ViewingId,
            LetterboxdId = entry.Film.LetterboxdId,
            LikedBy = likedBy,
            Page = item.Page,
        };
    }
}
