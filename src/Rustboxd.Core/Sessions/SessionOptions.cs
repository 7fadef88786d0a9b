using System.Reflection;
using Rustboxd.Errors;

namespace Rustboxd.Sessions;

/// <summary>
/// Everything a session can be told. Defaults follow the rustboxd documentation: 2 requests/s with a
/// burst of 5; 3 retries from 500 ms doubling to at most 10 s; a 300 s cache of 1000 pages; 3 requests
/// in flight per call. Immutable: change a setting with a <c>with</c> expression and a new session.
/// </summary>
public sealed record SessionOptions
{
    public static readonly Uri LetterboxdBaseUri = new("https://letterboxd.com/");

    /// <summary>An honest user agent: who we are and which version, nothing borrowed from a browser.</summary>
    public static readonly string DefaultUserAgent =
        $"Rustboxd/{typeof(SessionOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"} " +
        "(PowerShell module reading public Letterboxd pages)";

    public Uri BaseUri { get; init; } = LetterboxdBaseUri;

    public double RequestsPerSecond { get; init; } = 2;

    public int BurstSize { get; init; } = 5;

    public int MaximumRetryCount { get; init; } = 3;

    public TimeSpan InitialRetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaximumRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    public double BackoffMultiplier { get; init; } = 2;

    /// <summary>A Retry-After longer than this is not waited out: the request fails as rate limited.</summary>
    public TimeSpan MaximumRetryAfter { get; init; } = TimeSpan.FromSeconds(120);

    public TimeSpan CacheTimeToLive { get; init; } = TimeSpan.FromSeconds(300);

    public int CacheMaximumEntries { get; init; } = 1000;

    /// <summary>Requests in flight for one call, unless the call says otherwise.</summary>
    public int ThrottleLimit { get; init; } = 3;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the session stops sending after a bot-protection challenge page.</summary>
    public TimeSpan BotProtectionPause { get; init; } = TimeSpan.FromMinutes(5);

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>
    /// A file for an on-disk page cache (SQLite) that outlives the process, under the same TTL and size rules as
    /// the memory cache; null for memory only.
    /// </summary>
    public string? CachePath { get; init; }

    /// <summary>Refuses settings that cannot work, naming the setting and the allowed range.</summary>
    public SessionOptions Validated()
    {
        Require(BaseUri.IsAbsoluteUri && BaseUri.Scheme is "https" or "http" && BaseUri.Query.Length == 0,
            nameof(BaseUri), "an absolute http or https address without a query, such as https://letterboxd.com/");
        Require(RequestsPerSecond is > 0 and <= 1000, nameof(RequestsPerSecond), "more than 0 and at most 1000");
        Require(BurstSize is >= 1 and <= 1000, nameof(BurstSize), "from 1 to 1000");
        Require(MaximumRetryCount is >= 0 and <= 20, nameof(MaximumRetryCount), "from 0 to 20");
        Require(InitialRetryDelay > TimeSpan.Zero, nameof(InitialRetryDelay), "longer than zero");
        Require(MaximumRetryDelay >= InitialRetryDelay, nameof(MaximumRetryDelay), "at least InitialRetryDelay");
        Require(BackoffMultiplier is >= 1 and <= 10, nameof(BackoffMultiplier), "from 1 to 10");
        Require(MaximumRetryAfter >= TimeSpan.Zero, nameof(MaximumRetryAfter), "zero or more");
        Require(CacheTimeToLive >= TimeSpan.Zero, nameof(CacheTimeToLive), "zero (no caching) or more");
        Require(CacheMaximumEntries is >= 0 and <= 1_000_000, nameof(CacheMaximumEntries), "from 0 to 1000000");
        Require(ThrottleLimit is >= 1 and <= 64, nameof(ThrottleLimit), "from 1 to 64");
        Require(RequestTimeout > TimeSpan.Zero, nameof(RequestTimeout), "longer than zero");
        Require(BotProtectionPause >= TimeSpan.Zero, nameof(BotProtectionPause), "zero or more");
        Require(!string.IsNullOrWhiteSpace(UserAgent) && !UserAgent.Any(char.IsControl), nameof(UserAgent),
            "a non-empty single line");
        Require(CachePath is null || (CachePath.Trim().Length > 0 && CachePath.IndexOfAny(Path.GetInvalidPathChars()) < 0),
            nameof(CachePath), "a file path, or nothing for a memory-only cache");

        // Paths are joined to the base, so it must end with a slash.
        return BaseUri.AbsolutePath.EndsWith('/') ? this : this with { BaseUri = new Uri(BaseUri + "/") };
    }

    private static void Require(bool condition, string setting, string allowed)
    {
        if (!condition)
        {
            throw new InvalidInputException(
                ErrorIds.InvalidSessionSetting, $"The session setting {setting} must be {allowed}.", setting);
        }
    }
}
