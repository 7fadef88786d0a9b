using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Rustboxd.Paging;
using Rustboxd.Parsing.Extractors;
using Rustboxd.Sessions;

namespace Rustboxd.Tests.Paging;

/// <summary>
/// How the crawler keeps requests in flight. The site is a handler the test holds: it records which pages were asked
/// for and answers each only when the test lets it, so the assertions are about order and counts, never about time.
/// </summary>
public sealed class PageCrawlerTests
{
    private const int Pages = 10;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private static readonly SessionOptions Fast = new()
    {
        BaseUri = new Uri("https://letterboxd.test/"),
        RequestsPerSecond = 1000,
        BurstSize = 1000,
    };

    [Fact]
    public async Task Keeps_sending_while_an_earlier_page_is_still_being_parsed()
    {
        var site = new HeldSite(answerAtOnce: true);
        using var session = new LetterboxdSession(Fast, site);
        using var call = new LetterboxdCall(session, throttleLimit: 2, noCache: true);
        var parsingPage2 = new TaskCompletionSource();
        var releasePage2 = new TaskCompletionSource();
        var crawler = Crawler(call, number =>
        {
            if (number == 2)
            {
                parsingPage2.SetResult();
                releasePage2.Task.Wait(Deadline);
            }
        });

        await using var pages = crawler.CrawlAsync(_ => int.MaxValue).GetAsyncEnumerator();
        Assert.True(await pages.MoveNextAsync());
        var reading = pages.MoveNextAsync().AsTask();
        await parsingPage2.Task.WaitAsync(Deadline);

        // Page 2 has arrived but is still being parsed: with ThrottleLimit 2, pages 3, 4 and 5 must still be sent.
        await site.WaitUntilRequestedAsync(5);
        Assert.False(reading.IsCompleted);
        releasePage2.SetResult();
        var numbers = new List<int> { 1 };
        while (await reading)
        {
            numbers.Add(pages.Current.Number);
            reading = pages.MoveNextAsync().AsTask();
        }

        Assert.Equal(Enumerable.Range(1, Pages), numbers);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public async Task Never_has_more_requests_in_flight_than_the_throttle_limit(int throttleLimit)
    {
        var site = new HeldSite(answerAtOnce: false);
        using var session = new LetterboxdSession(Fast, site);
        using var call = new LetterboxdCall(session, throttleLimit: throttleLimit, noCache: true);
        var crawler = Crawler(call, _ => { });

        var crawl = Task.Run(async () =>
        {
            var numbers = new List<int>();
            await foreach (var page in crawler.CrawlAsync(_ => int.MaxValue))
            {
                numbers.Add(page.Number);
            }

            return numbers;
        });

        // Let the requests through one at a time, each once as many as the limit allows are waiting.
        for (var answered = 0; answered < Pages; answered++)
        {
            var waiting = answered == 0 ? 1 : Math.Min(throttleLimit, Pages - answered);
            await site.WaitUntilInFlightAsync(waiting);
            site.AnswerOne();
        }

        Assert.Equal(Enumerable.Range(1, Pages), await crawl.WaitAsync(Deadline));
        Assert.Equal(Math.Min(throttleLimit, Pages - 1), site.MostInFlight);
    }

    private static PageCrawler<string> Crawler(LetterboxdCall call, Action<int> whileParsing) => new(
        call,
        number => new PageRequest(number == 1 ? "/m/things/" : $"/m/things/page/{number}/", ResourceKind.Member, "m"),
        response =>
        {
            var number = Pagination.PageOf(response.Url.AbsolutePath);
            whileParsing(number);
            return response.Body;
        },
        _ => new Pagination(1, Pages, "/m/things/page/2/"),
        _ => 1);

    /// <summary>A site that records requests and answers them at once, or only when the test says so.</summary>
    private sealed class HeldSite(bool answerAtOnce) : HttpMessageHandler
    {
        private readonly SemaphoreSlim _answers = new(0);
        private readonly ConcurrentBag<int> _requested = [];
        private int _inFlight;
        private int _mostInFlight;

        public int MostInFlight => Volatile.Read(ref _mostInFlight);

        public void AnswerOne() => _answers.Release();

        public Task WaitUntilRequestedAsync(int page) => WaitUntilAsync(() => _requested.Contains(page), $"page {page} requested");

        public Task WaitUntilInFlightAsync(int count) =>
            WaitUntilAsync(() => Volatile.Read(ref _inFlight) == count, $"{count} requests in flight");

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // Like a real connection, the answer comes later on a thread-pool thread: never inside the caller's loop,
            // and never on the test framework's own few threads (Task.Yield would post there).
            await Task.Delay(1, CancellationToken.None).ConfigureAwait(false);
            _requested.Add(Pagination.PageOf(request.RequestUri!.AbsolutePath));
            var inFlight = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _mostInFlight, inFlight);
            try
            {
                if (!answerAtOnce)
                {
                    await _answers.WaitAsync(cancellationToken).ConfigureAwait(false);
                }

                return new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent("<p>page</p>", Encoding.UTF8, "text/html"),
                };
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        private static async Task WaitUntilAsync(Func<bool> condition, string what)
        {
            using var deadline = new CancellationTokenSource(Deadline);
            while (!condition())
            {
                Assert.False(deadline.IsCancellationRequested, $"gave up waiting for {what}");
                await Task.Delay(5, CancellationToken.None);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
            {
                if (Interlocked.CompareExchange(ref target, value, current) == current)
                {
                    return;
                }
            }
        }
    }
}
