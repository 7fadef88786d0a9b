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
/// The attempts of one fetch: the Polly pipeline that retries transient failures with back-off and Retry-After,
/// one attempt through the circuit, the rate gate and HttpClient, what each outcome teaches the session, and
/// redirects followed by hand within the base address.
/// </summary>
public sealed partial class LetterboxdSession
{
    private async Task<(AttemptState, AttemptResult)> ExecuteWithRetriesAsync(
        PageRequest request, Uri url, LetterboxdCall call, CancellationToken cancellationToken)
    {
        var state = new AttemptState(request, url, call);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(AttemptKey, state);
        try
        {
            var pipeline = _pipelines.GetOrAdd(call.MaximumRetryCount, BuildPipeline);
            var result = await pipeline.ExecuteAsync(
                static (ctx, self) => self.AttemptAsync(ctx.Properties.GetValue(AttemptKey, null!), ctx.CancellationToken),
                context,
                this).ConfigureAwait(false);
            return (state, result);
        }
        catch (LetterboxdException)
        {
            _counters.Failed();
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TimeoutRejectedException)
        {
            _counters.Failed();
            throw new PageLoadException(
                ErrorIds.PageLoadFailed,
                $"Loading {url.PathAndQuery} failed: {Describe(e)}{RetryNote(state)}. Check the connection, or " +
                "raise -MaximumRetryCount for a flaky network.",
                request.Target,
                url,
                statusCode: null,
                e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private ResiliencePipeline<AttemptResult> BuildPipeline(int maximumRetryCount)
    {
        var builder = new ResiliencePipelineBuilder<AttemptResult>();
        if (maximumRetryCount > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<AttemptResult>
            {
                MaxRetryAttempts = maximumRetryCount,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(RetryDelay(args.Outcome, args.AttemptNumber)),
                OnRetry = args =>
                {
                    var state = args.Context.Properties.GetValue(AttemptKey, null!);
                    state.Retries++;
                    _counters.Retried();
                    state.Call.Observer.Verbose(string.Create(CultureInfo.InvariantCulture,
                        $"retry {args.AttemptNumber + 1}/{maximumRetryCount} in {args.RetryDelay.TotalSeconds:0.#} s " +
                        $"({Reason(args.Outcome)}) {state.Url.PathAndQuery}"));
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.AddTimeout(Options.RequestTimeout).Build();
    }

    private bool ShouldRetry(Outcome<AttemptResult> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or IOException or TimeoutRejectedException;
        }

        var result = outcome.Result!;
        return result.Class switch
        {
            ResponseClass.Transient => true,
            ResponseClass.RateLimited => result.RetryAfter is null || result.RetryAfter <= Options.MaximumRetryAfter,
            _ => false,
        };
    }

    // Polly's exponential back-off fixes the factor at 2; the configuration names its own multiplier, so the
    // delay is computed here (with ±25 % jitter), and Retry-After wins whenever the site sends one.
    private TimeSpan RetryDelay(Outcome<AttemptResult> outcome, int attemptNumber)
    {
        if (outcome.Result?.RetryAfter is { } retryAfter)
        {
            return retryAfter;
        }

        var exponential = Options.InitialRetryDelay.TotalMilliseconds * Math.Pow(Options.BackoffMultiplier, attemptNumber);
        var capped = Math.Min(exponential, Options.MaximumRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.75 + Random.Shared.NextDouble() * 0.5));
    }

    private async ValueTask<AttemptResult> AttemptAsync(AttemptState state, CancellationToken cancellationToken)
    {
        var current = state.Url;
        for (var hop = 0; ; hop++)
        {
            ThrowIfPaused(state.Request, current);
            var waited = await _rateGate.AcquireAsync(cancellationToken).ConfigureAwait(false);
            _counters.LimiterWaited(waited);
            if (waited >= TimeSpan.FromSeconds(1))
            {
                state.Call.Observer.Verbose(string.Create(
                    CultureInfo.InvariantCulture, $"rate limit wait {waited.TotalSeconds:0.0} s {current.PathAndQuery}"));
            }

            // A challenge may have paused the session while this request waited for the limiter (seconds at a low
            // rate): look again, so that nothing is sent after the circuit opened.
            ThrowIfPaused(state.Request, current);
            var result = await SendOnceAsync(state, current, cancellationToken).ConfigureAwait(false);
            if (result.Location is null)
            {
                return Observe(state, result);
            }

            current = FollowRedirect(state, current, result.Location, hop);

            // An old slug or an id look-up lands on a canonical page that may be cached already (bug-log BL-31).
            if (!state.Call.NoCache && _cache.TryGet(current, out var cached))
            {
                _counters.CacheHit();
                state.Call.Observer.Verbose($"GET {current.PathAndQuery} cache hit");
                return Observe(state, new AttemptResult(ResponseClass.Ok, 200, cached.Body, cached.Url, null, null));
            }
        }
    }

    private async Task<AttemptResult> SendOnceAsync(AttemptState state, Uri url, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, url);
            message.Headers.UserAgent.ParseAdd(Options.UserAgent);
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
            var (buffer, length) = await ReadBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started);
            _counters.Sent(elapsed);

            var status = (int)response.StatusCode;
            state.Call.Observer.Verbose(string.Create(CultureInfo.InvariantCulture,
                $"GET {url.PathAndQuery} {status} {Size(length)} {elapsed.TotalMilliseconds:0} ms"));

            string body;
            try
            {
                body = Decode(buffer.AsSpan(0, length), response.Content.Headers.ContentType);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            var location = IsRedirect(status) ? response.Headers.Location : null;
            return new AttemptResult(ResponseClassifier.Classify(status, body), status, body, url, RetryAfter(response), location);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            _counters.SendFailed();
            state.Call.Observer.Verbose(string.Create(CultureInfo.InvariantCulture,
                $"GET {url.PathAndQuery} failed after {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms ({Describe(e)})"));
            throw;
        }
    }

    private AttemptResult Observe(AttemptState state, AttemptResult result)
    {
        state.Attempts++;
        state.LastStatus = result.Status;
        switch (result.Class)
        {
            case ResponseClass.RateLimited:
                _counters.RateLimited();
                var pause = _rateGate.ReportThrottled(result.RetryAfter);
                state.Call.Observer.Debug(string.Create(CultureInfo.InvariantCulture,
                    $"429 for {result.Url.PathAndQuery}: session paused {pause.TotalSeconds:0.#} s, " +
                    $"rate now {_rateGate.CurrentRequestsPerSecond:0.##}/s"));
                break;
            case ResponseClass.Challenge:
                _counters.Challenge();
                state.PausedUntil = _circuit.Open();
                state.Call.Observer.Debug($"challenge page for {result.Url.PathAndQuery}: session paused until {state.PausedUntil:u}");
                break;
            default:
                _rateGate.ReportSuccess();
                break;
        }

        return result;
    }

    private Uri FollowRedirect(AttemptState state, Uri current, Uri location, int hop)
    {
        var target = location.IsAbsoluteUri ? location : new Uri(current, location);
        var sameSite = string.Equals(target.Host, Options.BaseUri.Host, StringComparison.OrdinalIgnoreCase)
            && target.Port == Options.BaseUri.Port && target.Scheme is "https" or "http";
        if (!sameSite || hop + 1 > MaximumRedirects)
        {
            throw new PageLoadException(
                ErrorIds.RedirectRefused,
                sameSite
                    ? $"{state.Url.PathAndQuery} redirected more than {MaximumRedirects} times; stopped following it."
                    : $"{state.Url.PathAndQuery} redirected to another site ({target.GetLeftPart(UriPartial.Authority)}); " +
                      "Rustboxd only follows redirects within the session's base address.",
                state.Request.Target,
                state.Url,
                statusCode: null);
        }

        state.Call.Observer.Debug($"redirect {current.PathAndQuery} -> {target.PathAndQuery}");
        return target;
    }

    /// <summary>What one fetch has been through so far; shared by its attempts.</summary>
    private sealed class AttemptState(PageRequest request, Uri url, LetterboxdCall call)
    {
        public PageRequest Request { get; } = request;

        public Uri Url { get; } = url;

        public LetterboxdCall Call { get; } = call;

        public int Attempts { get; set; }

        public int Retries { get; set; }

        public int? LastStatus { get; set; }

        public DateTimeOffset PausedUntil { get; set; }
    }

    private sealed record AttemptResult(
        ResponseClass Class, int Status, string Body, Uri Url, TimeSpan? RetryAfter, Uri? Location);
}
