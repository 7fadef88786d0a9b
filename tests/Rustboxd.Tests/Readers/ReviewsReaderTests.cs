using System.Collections.Concurrent;
using System.Net;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Sessions;
using Rustboxd.Tests.Sessions;
using static Rustboxd.Tests.Sessions.ScriptedHandler;

namespace Rustboxd.Tests.Readers;

/// <summary>The reviews reader on small scripted pages: when it fetches full texts, and what if it cannot.</summary>
public sealed class ReviewsReaderTests
{
    private const string ReviewsPath = "/someone/films/reviews/";

    private static readonly SessionOptions Fast = new()
    {
        BaseUri = new Uri("https://letterboxd.test/"),
        RequestsPerSecond = 1000,
        BurstSize = 100,
    };

    [Fact]
    public async Task Fetches_one_full_text_per_shortened_review_and_none_for_complete_ones()
    {
        var handler = new ScriptedHandler()
            .On(ReviewsPath, Page(HttpStatusCode.OK, ReviewsPage(Review(1, "a"), Review(2, "b", shortened: true),
                Review(3, "c"), Review(4, "d", shortened: true))))
            .On("/s/full-text/viewing:2/", Page(HttpStatusCode.OK, "<p>Whole text of b.</p><p>Its end.</p>"))
            .On("/s/full-text/viewing:4/", Page(HttpStatusCode.OK, "<p>Whole text of d.</p>"));

        var (reviews, _) = await Read(handler);

        Assert.Equal(["a", "b", "c", "d"], reviews.Select(r => r.Slug));
        Assert.Equal(
            ["Text of a.", "Whole text of b.\n\nIts end.", "Text of c.", "Whole text of d."],
            reviews.Select(r => r.Text));
        Assert.All(reviews, r => Assert.False(r.TextTruncated));
        Assert.Equal(ReviewsPath, handler.RequestedPaths.First());
        Assert.Equal(
            ["/s/full-text/viewing:2/", "/s/full-text/viewing:4/"],
            handler.RequestedPaths.Skip(1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Does_not_fetch_the_full_text_of_a_review_beyond_the_maximum()
    {
        var handler = new ScriptedHandler()
            .On(ReviewsPath, Page(HttpStatusCode.OK, ReviewsPage(Review(1, "a"), Review(2, "b", shortened: true))));

        var (reviews, _) = await Read(handler, maximumItems: 1);

        Assert.Single(reviews);
        Assert.Equal([ReviewsPath], handler.RequestedPaths);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task Keeps_the_shortened_text_and_warns_when_the_full_text_cannot_be_fetched(HttpStatusCode status)
    {
        var handler = new ScriptedHandler()
            .On(ReviewsPath, Page(HttpStatusCode.OK, ReviewsPage(Review(1, "a", shortened: true), Review(2, "b"))))
            .On("/s/full-text/viewing:1/", Page(status));

        var (reviews, warnings) = await Read(handler);

        Assert.Equal(["a", "b"], reviews.Select(r => r.Slug));
        Assert.Equal("Text of a.", reviews[0].Text);
        Assert.True(reviews[0].TextTruncated);
        Assert.False(reviews[1].TextTruncated);
        var warning = Assert.Single(warnings);
        Assert.Contains("full text of someone's review of a could not be fetched", warning, StringComparison.Ordinal);
        Assert.Contains("keeps the shortened text", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeps_the_shortened_text_and_warns_when_the_fragment_is_empty()
    {
        var handler = new ScriptedHandler()
            .On(ReviewsPath, Page(HttpStatusCode.OK, ReviewsPage(Review(1, "a", shortened: true))))
            .On("/s/full-text/viewing:1/", Page(HttpStatusCode.OK, "<p></p>"));

        var (reviews, warnings) = await Read(handler);

        Assert.True(Assert.Single(reviews).TextTruncated);
        Assert.Contains("was empty", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stops_the_call_when_the_full_text_meets_bot_protection()
    {
        var challenge = "<html><head><title>Just a moment...</title></head><body></body></html>";
        var handler = new ScriptedHandler()
            .On(ReviewsPath, Page(HttpStatusCode.OK, ReviewsPage(Review(1, "a", shortened: true))))
            .On("/s/full-text/viewing:1/", Page(HttpStatusCode.Forbidden, challenge));

        var error = await Assert.ThrowsAsync<BlockedException>(() => Read(handler));

        Assert.Equal(ErrorIds.BlockedByBotProtection, error.ErrorId);
    }

    [Fact]
    public async Task Names_the_liking_member_and_each_author_for_liked_reviews()
    {
        var handler = new ScriptedHandler().On("/someone/likes/reviews/", Page(HttpStatusCode.OK,
            ReviewsPage(Review(1, "a", owner: "critic"), Review(2, "b", owner: "Other_One"))));

        var (reviews, _) = await Read(handler, liked: true);

        Assert.Equal(["critic", "other_one"], reviews.Select(r => r.Member));
        Assert.All(reviews, r => Assert.Equal("someone", r.LikedBy));
        Assert.Equal(new Uri("https://letterboxd.test/critic/film/a/"), reviews[0].Url);
    }

    [Fact]
    public async Task Leaves_liked_by_empty_for_the_member_s_own_reviews()
    {
        var handler = new ScriptedHandler().On(ReviewsPath, Page(HttpStatusCode.OK, ReviewsPage(Review(1, "a"))));

        var (reviews, _) = await Read(handler);

        Assert.Null(Assert.Single(reviews).LikedBy);
        Assert.Equal(1, reviews[0].Page);
    }

    [Fact]
    public async Task Reports_an_unknown_member_as_member_not_found()
    {
        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => Read(new ScriptedHandler()));

        Assert.Equal(ErrorIds.MemberNotFound, error.ErrorId);
        Assert.Equal("someone", error.Target);
    }

    private static async Task<(List<Review> Reviews, List<string> Warnings)> Read(
        ScriptedHandler handler, long? maximumItems = null, bool liked = false)
    {
        using var session = new LetterboxdSession(Fast with { MaximumRetryCount = 0 }, handler);
        var observer = new WarningObserver();
        using var call = new LetterboxdCall(session, observer);
        var reviews = new List<Review>();
        await foreach (var review in ReviewsReader.ReadMemberAsync(call, "someone", liked, maximumItems))
        {
            reviews.Add(review);
        }

        return (reviews, observer.Warnings.ToList());
    }

    private static string ReviewsPage(params string[] reviews) =>
        $"<html><body><div class=\"viewing-list\">{string.Concat(reviews)}</div></body></html>";

    private static string Review(long viewingId, string slug, bool shortened = false, string owner = "someone")
    {
        var text = shortened ? $"<div class=\"collapsed-text\"><p>Text of {slug}.</p></div>" : $"<p>Text of {slug}.</p>";
        return $"""
            <article class="production-viewing" data-owner="{owner}" data-object-id="viewing:{viewingId}">
            <div class="react-component" data-item-slug="{slug}"></div>
            <h2 class="name"><a href="/{owner.ToLowerInvariant()}/film/{slug}/">{slug}</a></h2>
            <div class="body-text js-review-body" data-full-text-url="/s/full-text/viewing:{viewingId}/">{text}</div>
            </article>
            """;
    }

    private sealed class WarningObserver : ICallObserver
    {
        public ConcurrentQueue<string> Warnings { get; } = new();

        public void Verbose(string message)
        {
        }

        public void Debug(string message)
        {
        }

        public void Warning(string message) => Warnings.Enqueue(message);

        public void Progress(CallProgress progress)
        {
        }
    }
}
