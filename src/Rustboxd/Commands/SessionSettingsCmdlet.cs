using System.Management.Automation;
using Rustboxd.Errors;
using Rustboxd.Pipeline;
using Rustboxd.Sessions;

namespace Rustboxd.Commands;

/// <summary>
/// The session settings New-LetterboxdSession and Set-LetterboxdSession share, and how bound ones change a set of
/// options: only the parameters given change anything, so the same code builds a new session and changes one.
/// </summary>
public abstract class SessionSettingsCmdlet : PSCmdlet
{
    /// <summary>Where the site lives; point it at a mirror or the replay server. Default https://letterboxd.com/.</summary>
    [Parameter]
    public Uri? BaseUri { get; set; }

    /// <summary>Steady request rate for the whole session (default 2).</summary>
    [Parameter]
    public double RequestsPerSecond { get; set; }

    /// <summary>Requests that may go out at once after a quiet spell (default 5).</summary>
    [Parameter]
    public int BurstSize { get; set; }

    /// <summary>Retries of a transient failure (default 3).</summary>
    [Parameter]
    [Alias("MaxRetry")]
    public int MaximumRetryCount { get; set; }

    /// <summary>First retry delay in milliseconds (default 500); later ones grow by BackoffMultiplier.</summary>
    [Parameter]
    public int InitialRetryDelayMilliseconds { get; set; }

    /// <summary>Longest retry delay in milliseconds (default 10000).</summary>
    [Parameter]
    public int MaximumRetryDelayMilliseconds { get; set; }

    /// <summary>Growth of the retry delay from one retry to the next (default 2).</summary>
    [Parameter]
    public double BackoffMultiplier { get; set; }

    /// <summary>How long a fetched page is reused, in seconds (default 300; 0 turns the cache off).</summary>
    [Parameter]
    public int CacheTimeToLiveSeconds { get; set; }

    /// <summary>Most pages the cache holds (default 1000).</summary>
    [Parameter]
    public int CacheMaximumEntries { get; set; }

    /// <summary>A file that keeps fetched pages across processes (SQLite); an empty string turns it off.</summary>
    [Parameter]
    [AllowEmptyString]
    public string? CachePath { get; set; }

    /// <summary>Requests in flight per call unless a call says otherwise (default 3).</summary>
    [Parameter]
    public int ThrottleLimit { get; set; }

    /// <summary>Time allowed for one request, in seconds (default 30).</summary>
    [Parameter]
    public int RequestTimeoutSeconds { get; set; }

    /// <summary>How long the session stops sending after a bot-protection challenge, in seconds (default 300).</summary>
    [Parameter]
    public int BotProtectionPauseSeconds { get; set; }

    /// <summary>The User-Agent header; the default names Rustboxd and its version.</summary>
    [Parameter]
    public string? UserAgent { get; set; }

    /// <summary>A rustboxd.toml file whose settings apply before the parameters given here.</summary>
    [Parameter]
    public string? ConfigurationPath { get; set; }

    /// <summary>The full path of -ConfigurationPath, resolved against the current location; null when not given.</summary>
    protected string? ResolvedConfigurationPath => ConfigurationPath is null
        ? null
        : SessionState.Path.GetUnresolvedProviderPathFromPSPath(ConfigurationPath);

    /// <summary>-ConfigurationPath's settings over <paramref name="options"/>, then every bound parameter over those.</summary>
    protected SessionOptions Apply(SessionOptions options)
    {
        if (ResolvedConfigurationPath is { } path)
        {
            options = SessionConfiguration.Read(path, options);
        }

        options = Bound(nameof(BaseUri)) ? options with { BaseUri = BaseUri! } : options;
        options = Bound(nameof(RequestsPerSecond)) ? options with { RequestsPerSecond = RequestsPerSecond } : options;
        options = Bound(nameof(BurstSize)) ? options with { BurstSize = BurstSize } : options;
        options = Bound(nameof(MaximumRetryCount)) ? options with { MaximumRetryCount = MaximumRetryCount } : options;
        options = Bound(nameof(InitialRetryDelayMilliseconds))
            ? options with { InitialRetryDelay = TimeSpan.FromMilliseconds(InitialRetryDelayMilliseconds) } : options;
        options = Bound(nameof(MaximumRetryDelayMilliseconds))
            ? options with { MaximumRetryDelay = TimeSpan.FromMilliseconds(MaximumRetryDelayMilliseconds) } : options;
        options = Bound(nameof(BackoffMultiplier)) ? options with { BackoffMultiplier = BackoffMultiplier } : options;
        options = Bound(nameof(CacheTimeToLiveSeconds))
            ? options with { CacheTimeToLive = TimeSpan.FromSeconds(CacheTimeToLiveSeconds) } : options;
        options = Bound(nameof(CacheMaximumEntries)) ? options with { CacheMaximumEntries = CacheMaximumEntries } : options;
        options = Bound(nameof(CachePath)) ? options with { CachePath = ResolvedCachePath() } : options;
        options = Bound(nameof(ThrottleLimit)) ? options with { ThrottleLimit = ThrottleLimit } : options;
        options = Bound(nameof(RequestTimeoutSeconds))
            ? options with { RequestTimeout = TimeSpan.FromSeconds(RequestTimeoutSeconds) } : options;
        options = Bound(nameof(BotProtectionPauseSeconds))
            ? options with { BotProtectionPause = TimeSpan.FromSeconds(BotProtectionPauseSeconds) } : options;
        return Bound(nameof(UserAgent)) ? options with { UserAgent = UserAgent! } : options;
    }

    /// <summary>Stops the command with a setting's or a configuration file's error.</summary>
    protected void Stop(LetterboxdException error) => ThrowTerminatingError(ErrorRecords.From(error, error.Target ?? "session"));

    protected bool Bound(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);

    private string? ResolvedCachePath() =>
        string.IsNullOrWhiteSpace(CachePath) ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(CachePath);
}
