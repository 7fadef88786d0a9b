using Rustboxd.Errors;
using Rustboxd.Sessions;

namespace Rustboxd.Tests.Sessions;

/// <summary>rustboxd.toml: reading, writing, errors with line and key, and where the default file lives.</summary>
/// <remarks>The tests that change environment variables restore them; none reads or writes the real user folder.</remarks>
public sealed class SessionConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rustboxd-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reads_rustboxds_documented_shape_and_keeps_the_defaults_of_keys_left_out()
    {
        var options = Parse("""
            # rustboxd's own example, plus one key of ours
            [rate_limit]
            requests_per_second = 1
            burst_size = 2

            [retry]
            max_attempts = 5
            initial_delay_ms = 250
            max_delay_ms = 4000
            backoff_multiplier = 1.5

            [cache]
            ttl_seconds = 600
            max_entries = 50

            [client]
            throttle_limit = 2
            """);

        Assert.Equal(1, options.RequestsPerSecond);
        Assert.Equal(2, options.BurstSize);
        Assert.Equal(5, options.MaximumRetryCount);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.InitialRetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(4), options.MaximumRetryDelay);
        Assert.Equal(1.5, options.BackoffMultiplier);
        Assert.Equal(TimeSpan.FromMinutes(10), options.CacheTimeToLive);
        Assert.Equal(50, options.CacheMaximumEntries);
        Assert.Equal(2, options.ThrottleLimit);
        Assert.Equal(SessionOptions.LetterboxdBaseUri, options.BaseUri);
        Assert.Equal(SessionOptions.DefaultUserAgent, options.UserAgent);
        Assert.Null(options.CachePath);
    }

    [Fact]
    public void Writes_every_setting_and_reads_it_back_unchanged()
    {
        var options = new SessionOptions
        {
            BaseUri = new Uri("http://127.0.0.1:5000/"),
            RequestsPerSecond = 0.5,
            BurstSize = 1,
            MaximumRetryCount = 0,
            InitialRetryDelay = TimeSpan.FromMilliseconds(750),
            MaximumRetryDelay = TimeSpan.FromSeconds(30),
            BackoffMultiplier = 3,
            CacheTimeToLive = TimeSpan.FromDays(1),
            CacheMaximumEntries = 20000,
            CachePath = Path.Combine(_folder, "pages \"quoted\".db"),
            ThrottleLimit = 8,
            RequestTimeout = TimeSpan.FromSeconds(90),
            BotProtectionPause = TimeSpan.FromMinutes(20),
            UserAgent = "Rustboxd test (contact: someone@example.com)",
        };
        var path = Path.Combine(_folder, "nested", "rustboxd.toml");

        SessionConfiguration.Save(options, path);
        var read = SessionConfiguration.Read(path);

        Assert.Equal(options, read);
        var text = File.ReadAllText(path);
        Assert.StartsWith("# Rustboxd session settings", text);
        Assert.Contains("[rate_limit]\nrequests_per_second = 0.5\nburst_size = 1\n", text.ReplaceLineEndings("\n"));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Theory]
    [InlineData("[rate_limit]\nrequests_per_second = 2\nburst_size = \"five\"\n", 3, "rate_limit.burst_size", "wrong kind")]
    [InlineData("[retry]\nmax_attempts = 2.5\n", 2, "retry.max_attempts", "wrong kind")]
    [InlineData("[cache]\nttl_seconds = 10\n\n[rate_limit]\nburst_size = 0\n", 5, "rate_limit.burst_size", "from 1 to 1000")]
    [InlineData("[retry]\ninitial_delay_ms = 900\nmax_delay_ms = 100\n", 3, "retry.max_delay_ms", "at least InitialRetryDelay")]
    [InlineData("[client]\nbase_uri = \"not an address\"\n", 2, "client.base_uri", "out of range")]
    [InlineData("[retry]\nmax_attemps = 2\n", 2, "retry.max_attemps", "[retry] knows max_attempts")]
    [InlineData("requests_per_second = 2\n", 1, "requests_per_second", "tables [rate_limit], [retry], [cache] and [client]")]
    public void Names_the_line_and_key_of_a_value_it_cannot_use(string toml, int line, string key, string says)
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse(toml));

        Assert.Equal(ErrorIds.ConfigurationInvalidValue, error.ErrorId);
        Assert.Equal(line, error.Line);
        Assert.Equal(key, error.Key);
        Assert.Contains(says, error.Message);
        Assert.StartsWith($"test.toml line {line}: {key} ", error.Message);
    }

    [Fact]
    public void Names_the_line_of_a_syntax_error_with_its_own_id()
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse("[cache]\nttl_seconds = 10\n[rate_limit\nburst_size = 2\n"));

        Assert.Equal(ErrorIds.ConfigurationSyntaxError, error.ErrorId);
        Assert.Equal(3, error.Line);
        Assert.Contains("is not valid TOML", error.Message);
    }

    [Fact]
    public void Leaves_tables_of_other_programs_alone_and_reads_dotted_keys()
    {
        var options = Parse("rate_limit.burst_size = 7\n\n[logging]\nlevel = \"debug\"\n");

        Assert.Equal(7, options.BurstSize);
    }

    [Fact]
    public void Says_when_the_file_is_missing()
    {
        var error = Assert.Throws<ConfigurationException>(() => SessionConfiguration.Read(Path.Combine(_folder, "none.toml")));

        Assert.Equal(ErrorIds.ConfigurationNotFound, error.ErrorId);
    }

    [Fact]
    public void Finds_the_default_file_in_the_override_or_the_xdg_folder()
    {
        var saved = (Environment.GetEnvironmentVariable(SessionConfiguration.PathVariable), Environment.GetEnvironmentVariable("XDG_CONFIG_HOME"));
        try
        {
            Environment.SetEnvironmentVariable(SessionConfiguration.PathVariable, null);
            Environment.SetEnvironmentVariable("XDG_CONFIG_HOME", _folder);
            var platform = SessionConfiguration.DefaultPath;
            Environment.SetEnvironmentVariable(SessionConfiguration.PathVariable, Path.Combine(_folder, "elsewhere.toml"));
            var overridden = SessionConfiguration.DefaultPath;

            Assert.Equal(
                OperatingSystem.IsWindows()
                    ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "Rustboxd", "rustboxd.toml")
                    : Path.Combine(_folder, "rustboxd", "rustboxd.toml"),
                platform);
            Assert.Equal(Path.Combine(_folder, "elsewhere.toml"), overridden);
        }
        finally
        {
            Environment.SetEnvironmentVariable(SessionConfiguration.PathVariable, saved.Item1);
            Environment.SetEnvironmentVariable("XDG_CONFIG_HOME", saved.Item2);
        }
    }

    private static SessionOptions Parse(string toml) => SessionConfiguration.Parse(toml, "test.toml", new SessionOptions());
}
