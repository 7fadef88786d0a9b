using Rustboxd.Models;

namespace Rustboxd.Sessions;

/// <summary>A session's settings and statistics side by side, flat, for display and export.</summary>
public sealed class SessionSummary
{
    public required Uri BaseUri { get; init; }

    public required double RequestsPerSecond { get; init; }

    /// <summary>Lower than <see cref="RequestsPerSecond"/> while the session recovers from a 429.</summary>
    public required double CurrentRequestsPerSecond { get; init; }

    public required int BurstSize { get; init; }

    public required int ThrottleLimit { get; init; }

    public required int MaximumRetryCount { get; init; }

    public required TimeSpan InitialRetryDelay { get; init; }

    public required TimeSpan MaximumRetryDelay { get; init; }

    public required double BackoffMultiplier { get; init; }

    public required TimeSpan CacheTimeToLive { get; init; }

    public required int CacheMaximumEntries { get; init; }

    public required int CachedPages { get; init; }

    /// <summary>The on-disk cache file, when the session keeps pages on disk.</summary>
    public string? CachePath { get; init; }

    /// <summary>Pages in the on-disk cache file.</summary>
    public int CachedPagesOnDisk { get; init; }

    /// <summary>The configuration file the settings came from, when they did.</summary>
    public string? ConfigurationPath { get; init; }

    public required string UserAgent { get; init; }

    public required long RequestsSent { get; init; }

    public required long Succeeded { get; init; }

    public required long Failed { get; init; }

    public required long Retried { get; init; }

    public required long ServedFromCache { get; init; }

    public required long RateLimitedResponses { get; init; }

    public required long Challenges { get; init; }

    public required TimeSpan LimiterWait { get; init; }

    public required TimeSpan MeanLatency { get; init; }

    public IsoTimestamp? PausedUntil { get; init; }

    public required IsoTimestamp Created { get; init; }

    /// <summary>The live session, to pass on with -Session.</summary>
    public required LetterboxdSession Session { get; init; }

    public static SessionSummary Of(LetterboxdSession session)
    {
        var options = session.Options;
        var statistics = session.Statistics;
        return new SessionSummary
        {
            BaseUri = options.BaseUri,
            RequestsPerSecond = options.RequestsPerSecond,
            CurrentRequestsPerSecond = Math.Round(session.CurrentRequestsPerSecond, 3),
            BurstSize = options.BurstSize,
            ThrottleLimit = options.ThrottleLimit,
            MaximumRetryCount = options.MaximumRetryCount,
            InitialRetryDelay = options.InitialRetryDelay,
            MaximumRetryDelay = options.MaximumRetryDelay,
            BackoffMultiplier = options.BackoffMultiplier,
            CacheTimeToLive = options.CacheTimeToLive,
            CacheMaximumEntries = options.CacheMaximumEntries,
            CachedPages = session.CachedPages,
            CachePath = session.CacheFile,
            CachedPagesOnDisk = session.CachedPagesOnDisk,
            ConfigurationPath = session.ConfigurationPath,
            UserAgent = options.UserAgent,
            RequestsSent = statistics.RequestsSent,
            Succeeded = statistics.Succeeded,
            Failed = statistics.Failed,
            Retried = statistics.Retried,
            ServedFromCache = statistics.ServedFromCache,
            RateLimitedResponses = statistics.RateLimitedResponses,
            Challenges = statistics.Challenges,
            LimiterWait = statistics.LimiterWait,
            MeanLatency = statistics.MeanLatency,
            PausedUntil = session.PausedUntil,
            Created = session.Created,
            Session = session,
        };
    }
}
