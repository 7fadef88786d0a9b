using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Rustboxd.Errors;
using Rustboxd.Models;

namespace Rustboxd.Sessions;

/// <summary>
/// Owns everything requests share: the HTTP client, the rate gate, the retry policy, the cache, the
/// bot-protection circuit and the statistics. Thread-safe; one session serves every cmdlet and runspace.
/// A request travels: cache, the call's concurrency gate, then per attempt the circuit, the rate gate and
/// HttpClient, inside a Polly pipeline that retries transient failures.
/// </summary>
public sealed partial class LetterboxdSession : IDisposable
{
    private const int MaximumRedirects = 5;
    private static readonly ResiliencePropertyKey<AttemptState> AttemptKey = new("rustboxd.attempt");

    private readonly HttpClient _http;
    private readonly object _reconfiguring = new();
    private readonly List<RateGate> _retiredGates = [];
    private RateGate _rateGate;
    private ResponseCache _cache;
    private BotProtectionCircuit _circuit;
    private SessionOptions _options;
    private readonly StatisticsCounters _counters = new();
    private readonly ConcurrentDictionary<int, ResiliencePipeline<AttemptResult>> _pipelines = new();

    public LetterboxdSession(SessionOptions? options = null, HttpMessageHandler? handler = null)
    {
        _options = (options ?? new SessionOptions()).Validated();
        Created = DateTimeOffset.Now;
        _cache = new ResponseCache(Options.CacheTimeToLive, Options.CacheMaximumEntries, Options.CachePath);
        _rateGate = new RateGate(
            Options.RequestsPerSecond, Options.BurstSize, Options.InitialRetryDelay, Options.MaximumRetryDelay);
        _circuit = new BotProtectionCircuit(Options.BotProtectionPause);
        _http = new HttpClient(handler ?? NewHandler(), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        _http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

    public SessionOptions Options => Volatile.Read(ref _options);

    /// <summary>The configuration file the settings were read from, when they were.</summary>
    public string? ConfigurationPath { get; internal set; }

    /// <summary>The on-disk cache file, when the session has one.</summary>
    public string? CacheFile => _cache.DiskPath;

    /// <summary>Pages in the on-disk cache file; 0 without one.</summary>
    public int CachedPagesOnDisk => _cache.DiskCount;

    /// <summary>When the session was made, on this machine's clock.</summary>
    public IsoTimestamp Created { get; }

    public SessionStatistics Statistics => _counters.Snapshot();

    public int CachedPages => _cache.Count;

    /// <summary>The request rate in effect now; lower than configured while recovering from a 429.</summary>
    public double CurrentRequestsPerSecond => _rateGate.CurrentRequestsPerSecond;

    /// <summary>Set while the session refuses to send after a bot-protection challenge.</summary>
    public IsoTimestamp? PausedUntil => _circuit.OpenUntil;

    /// <summary>Empties the cache; returns how many pages it held.</summary>
    public int ClearCache() => _cache.Clear();

    /// <summary>Empties the on-disk cache file; returns how many pages it held.</summary>
    public int ClearDiskCache() => _cache.ClearDisk();

    /// <summary>
    /// Changes the session's settings in place, for every cmdlet and runspace that holds it. Requests already under
    /// way finish with what they started with. The rate limiter, the cache and the pause start afresh when their own
    /// settings change; the statistics carry on.
    /// </summary>
    public void Reconfigure(SessionOptions options)
    {
        var next = options.Validated();
        lock (_reconfiguring)
        {
            var current = Options;
            if ((next.CacheTimeToLive, next.CacheMaximumEntries, next.CachePath) !=
                (current.CacheTimeToLive, current.CacheMaximumEntries, current.CachePath))
            {
                // A read under way may still hold the old cache: it is emptied, not disposed, and left to the collector.
                var replaced = new ResponseCache(next.CacheTimeToLive, next.CacheMaximumEntries, next.CachePath);
                Interlocked.Exchange(ref _cache, replaced).Clear();
            }

            if ((next.RequestsPerSecond, next.BurstSize, next.InitialRetryDelay, next.MaximumRetryDelay) !=
                (current.RequestsPerSecond, current.BurstSize, current.InitialRetryDelay, current.MaximumRetryDelay))
            {
                // A request may still be waiting on the old gate: it is disposed with the session, not now.
                _retiredGates.Add(Interlocked.Exchange(ref _rateGate, new RateGate(
                    next.RequestsPerSecond, next.BurstSize, next.InitialRetryDelay, next.MaximumRetryDelay)));
            }

            if (next.BotProtectionPause != current.BotProtectionPause)
            {
                Volatile.Write(ref _circuit, new BotProtectionCircuit(next.BotProtectionPause));
            }

            Volatile.Write(ref _options, next);
            _pipelines.Clear();
        }
    }

    /// <summary>Lets the session send again before a bot-protection pause has run out.</summary>
    public void Resume() => _circuit.Close();

    public Uri ResolveUrl(string path) => new(Options.BaseUri, path.TrimStart('/'));

    /// <summary>"Letterboxd session for https://letterboxd.com/ (created 2026-01-20T21:15:00+01:00)".</summary>
    public override string ToString() => $"Letterboxd session for {Options.BaseUri} (created {Created})";

    public void Dispose()
    {
        _http.Dispose();
        _rateGate.Dispose();
        _retiredGates.ForEach(gate => gate.Dispose());
        _cache.Dispose();
    }

    internal async Task<PageResponse> FetchAsync(
        PageRequest request, LetterboxdCall call, CancellationToken requestCancellation = default)
    {
        var url = ResolveUrl(request.Path);
        if (!call.NoCache && _cache.TryGet(url, out var cached, out var fromDisk, call.Observer.Warning))
        {
            _counters.CacheHit();
            call.Observer.Verbose($"GET {url.PathAndQuery} cache hit{(fromDisk ? " (disk)" : string.Empty)}");
            return cached;
        }

        ThrowIfPaused(request, url);
        using var cancellation = requestCancellation.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(call.CancellationToken, requestCancellation)
            : null;
        var cancellationToken = cancellation?.Token ?? call.CancellationToken;
        await call.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        AttemptState state;
        AttemptResult result;
        try
        {
            (state, result) = await ExecuteWithRetriesAsync(request, url, call, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            call.Gate.Release();
        }

        if (result.Class != ResponseClass.Ok)
        {
            _counters.Failed();
            throw Failure(request, result, state);
        }

        _counters.Succeeded();
        var response = new PageResponse(result.Url, result.Body, fromCache: false);
        if (!call.NoCache)
        {
            _cache.Store(url, response, call.Observer.Warning);
        }

        return response;
    }

    private void ThrowIfPaused(PageRequest request, Uri url)
    {
        if (_circuit.OpenUntil is { } until)
        {
            throw new BlockedException(
                ErrorIds.SessionPaused,
                $"The session is paused until {until:HH:mm:ss} UTC because Letterboxd's bot protection refused an " +
                $"earlier request; {url.PathAndQuery} was not requested. Wait for the pause to end, or call Resume() " +
                "on the session (see about_Rustboxd_Access).",
                request.Target,
                url,
                until);
        }
    }

    private Exception Failure(PageRequest request, AttemptResult result, AttemptState state)
    {
        var path = result.Url.PathAndQuery;
        return result.Class switch
        {
            ResponseClass.NotFound => request.Kind switch
            {
                ResourceKind.Member => new ResourceNotFoundException(ErrorIds.MemberNotFound,
                    $"Letterboxd has no member '{request.Target}' ({path} answered 404). Check the spelling: the user " +
                    "name is the part after letterboxd.com/ in the profile's address.", request.Target, result.Url),
                ResourceKind.Film => new ResourceNotFoundException(ErrorIds.FilmNotFound,
                    $"Letterboxd has no film '{request.Target}' ({path} answered 404). The slug is the part after " +
                    "/film/ in the film's address.", request.Target, result.Url),
                ResourceKind.List => new ResourceNotFoundException(ErrorIds.ListNotFound,
                    $"Letterboxd has no list at {path} (it answered 404). The list slug is the part after /list/ in " +
                    "the list's address.", request.Target, result.Url),
                ResourceKind.Person => new ResourceNotFoundException(ErrorIds.PersonNotFound,
                    $"Letterboxd has no page at {path} (it answered 404): no person '{request.Target}' in that role. " +
                    "Check the slug, and the role: Search-Letterboxd NAME -Type Person shows both.",
                    request.Target, result.Url),
                _ => new ResourceNotFoundException(ErrorIds.PageNotFound,
                    $"Letterboxd answered 404 for {path}.", request.Target, result.Url),
            },
            ResponseClass.Private => PrivateFailure(request, result),
            ResponseClass.Challenge => new BlockedException(ErrorIds.BlockedByBotProtection,
                $"Letterboxd's bot protection refused {path} with a challenge page (status {result.Status}). This is " +
                "about the client, not the content: Rustboxd does not solve challenges or pose as a browser. The " +
                $"session pauses until {state.PausedUntil:HH:mm:ss} UTC. The member's RSS feed and data export stay " +
                "open (see about_Rustboxd_Access).", request.Target, result.Url, state.PausedUntil),
            ResponseClass.RateLimited => new RateLimitedException(result.RetryAfter > Options.MaximumRetryAfter
                    ? $"Letterboxd asked to wait {result.RetryAfter.Value.TotalSeconds:0} s before {path}, longer than " +
                      $"the session waits ({Options.MaximumRetryAfter.TotalSeconds:0} s). Try again later."
                    : $"Letterboxd kept answering 429 Too Many Requests for {path}{RetryNote(state)}. Lower the " +
                      "session's rate (New-LetterboxdSession -RequestsPerSecond 1) or try again later.",
                request.Target, result.Url, result.RetryAfter),
            _ => new PageLoadException(ErrorIds.PageLoadFailed,
                $"Loading {path} failed with status {result.Status}{RetryNote(state)}.",
                request.Target, result.Url, result.Status),
        };
    }

    private static PrivateContentException PrivateFailure(PageRequest request, AttemptResult result)
    {
        var siteMessage = ResponseClassifier.SiteMessage(result.Body);
        var quoted = siteMessage is null ? string.Empty : $" with Letterboxd's message \"{siteMessage}\"";
        return new PrivateContentException(
            $"'{request.Target}' keeps {result.Url.PathAndQuery} private (403{quoted}). Nothing is wrong with the " +
            "connection; only the member can make it public.",
            request.Target, result.Url, siteMessage);
    }

    private static SocketsHttpHandler NewHandler() => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(15),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    private static bool IsRedirect(int status) => status is 301 or 302 or 303 or 307 or 308;

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    // The body, read into a pooled buffer the caller returns. A page is 100-400 KB: a fresh array for each would be a
    // large object that only a full collection frees, and those made the peak memory of a long crawl grow
    // (docs/performance.md, Memory). A body cut short still fails here, as an IOException, and is retried.
    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var announced = content.Headers.ContentLength;
        var buffer = ArrayPool<byte>.Shared.Rent(announced is > 0 and < 64 * 1024 * 1024 ? (int)announced + 1 : 256 * 1024);
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return (buffer, length);
                    }

                    length += read;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static string Decode(ReadOnlySpan<byte> bytes, MediaTypeHeaderValue? contentType)
    {
        var encoding = Encoding.UTF8;
        if (contentType?.CharSet is { Length: > 0 } charset)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset name: Letterboxd serves UTF-8, so fall back to it.
            }
        }

        return encoding.GetString(bytes);
    }

    private static string Size(int bytes) =>
        bytes < 1024 ? $"{bytes} B" : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0} KB");

    private static string Reason(Outcome<AttemptResult> outcome) =>
        outcome.Exception is { } e ? Describe(e) : outcome.Result!.Status.ToString(CultureInfo.InvariantCulture);

    private static string Describe(Exception e) => e switch
    {
        TimeoutRejectedException => "timed out",
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => "connection failed",
        HttpRequestException { InnerException: IOException } or IOException => "connection reset",
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => "response ended early",
        _ => e.Message,
    };

    private static string RetryNote(AttemptState state) => state.Retries switch
    {
        0 => string.Empty,
        1 => " after 1 retry",
        _ => $" after {state.Retries} retries",
    };
}
