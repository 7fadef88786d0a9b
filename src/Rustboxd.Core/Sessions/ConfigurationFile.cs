namespace Rustboxd.Sessions;

/// <summary>
/// The tables of rustboxd.toml as Tomlyn maps them (snake_case keys). Every value is optional: a missing one keeps
/// the setting it would set. Durations are whole milliseconds or seconds, as the key names say.
/// </summary>
internal sealed class ConfigurationFile
{
    public RateLimitTable? RateLimit { get; set; }

    public RetryTable? Retry { get; set; }

    public CacheTable? Cache { get; set; }

    public ClientTable? Client { get; set; }

    public static ConfigurationFile From(SessionOptions options) => new()
    {
        RateLimit = new RateLimitTable { RequestsPerSecond = options.RequestsPerSecond, BurstSize = options.BurstSize },
        Retry = new RetryTable
        {
            MaxAttempts = options.MaximumRetryCount,
            InitialDelayMs = (long)options.InitialRetryDelay.TotalMilliseconds,
            MaxDelayMs = (long)options.MaximumRetryDelay.TotalMilliseconds,
            BackoffMultiplier = options.BackoffMultiplier,
        },
        Cache = new CacheTable
        {
            TtlSeconds = (long)options.CacheTimeToLive.TotalSeconds,
            MaxEntries = options.CacheMaximumEntries,
            Path = options.CachePath,
        },
        Client = new ClientTable
        {
            BaseUri = options.BaseUri.ToString(),
            UserAgent = options.UserAgent,
            ThrottleLimit = options.ThrottleLimit,
            RequestTimeoutSeconds = (long)options.RequestTimeout.TotalSeconds,
            BotProtectionPauseSeconds = (long)options.BotProtectionPause.TotalSeconds,
        },
    };

    public SessionOptions ApplyTo(SessionOptions options)
    {
        if (RateLimit is { } rate)
        {
            options = options with
            {
                RequestsPerSecond = rate.RequestsPerSecond ?? options.RequestsPerSecond,
                BurstSize = rate.BurstSize ?? options.BurstSize,
            };
        }

        if (Retry is { } retry)
        {
            options = options with
            {
                MaximumRetryCount = retry.MaxAttempts ?? options.MaximumRetryCount,
                InitialRetryDelay = Milliseconds(retry.InitialDelayMs) ?? options.InitialRetryDelay,
                MaximumRetryDelay = Milliseconds(retry.MaxDelayMs) ?? options.MaximumRetryDelay,
                BackoffMultiplier = retry.BackoffMultiplier ?? options.BackoffMultiplier,
            };
        }

        if (Cache is { } cache)
        {
            options = options with
            {
                CacheTimeToLive = Seconds(cache.TtlSeconds) ?? options.CacheTimeToLive,
                CacheMaximumEntries = cache.MaxEntries ?? options.CacheMaximumEntries,
                CachePath = cache.Path is { } path ? Expand(path) : options.CachePath,
            };
        }

        if (Client is { } client)
        {
            options = options with
            {
                BaseUri = client.BaseUri is { } uri ? AbsoluteUri(uri) : options.BaseUri,
                UserAgent = client.UserAgent ?? options.UserAgent,
                ThrottleLimit = client.ThrottleLimit ?? options.ThrottleLimit,
                RequestTimeout = Seconds(client.RequestTimeoutSeconds) ?? options.RequestTimeout,
                BotProtectionPause = Seconds(client.BotProtectionPauseSeconds) ?? options.BotProtectionPause,
            };
        }

        return options;
    }

    // Out-of-range numbers become values Validated() refuses, so the error names the key.
    private static TimeSpan? Milliseconds(long? value) =>
        value is null ? null : TimeSpan.FromMilliseconds(Math.Clamp(value.Value, -1, (long)TimeSpan.MaxValue.TotalMilliseconds));

    private static TimeSpan? Seconds(long? value) =>
        value is null ? null : TimeSpan.FromSeconds(Math.Clamp(value.Value, -1, (long)TimeSpan.MaxValue.TotalSeconds));

    // "~/cache/rustboxd.db" is what people write; the shell is not there to expand it.
    private static string Expand(string path) =>
        path.StartsWith("~/", StringComparison.Ordinal) || path == "~"
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path.TrimStart('~', '/'))
            : path;

    private static Uri AbsoluteUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw new Errors.InvalidInputException(
                Errors.ErrorIds.InvalidSessionSetting, $"The session setting BaseUri must be an absolute address, not '{text}'.",
                nameof(SessionOptions.BaseUri));
}

internal sealed class RateLimitTable
{
    public double? RequestsPerSecond { get; set; }

    public int? BurstSize { get; set; }
}

internal sealed class RetryTable
{
    public int? MaxAttempts { get; set; }

    public long? InitialDelayMs { get; set; }

    public long? MaxDelayMs { get; set; }

    public double? BackoffMultiplier { get; set; }
}

internal sealed class CacheTable
{
    public long? TtlSeconds { get; set; }

    public int? MaxEntries { get; set; }

    public string? Path { get; set; }
}

internal sealed class ClientTable
{
    public string? BaseUri { get; set; }

    public string? UserAgent { get; set; }

    public int? ThrottleLimit { get; set; }

    public long? RequestTimeoutSeconds { get; set; }

    public long? BotProtectionPauseSeconds { get; set; }
}
