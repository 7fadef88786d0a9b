using System.Globalization;
using System.Text;
using System.Text.Json;
using Rustboxd.Errors;
using Tomlyn;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Rustboxd.Sessions;

/// <summary>
/// Session settings in a TOML file, read and written with Tomlyn, in the shape rustboxd documents ([rate_limit]
/// requests_per_second, burst_size; [retry] max_attempts, initial_delay_ms, max_delay_ms, backoff_multiplier;
/// [cache] ttl_seconds, max_entries) plus Rustboxd's own keys ([cache] path; [client] base_uri, user_agent,
/// throttle_limit, request_timeout_seconds, bot_protection_pause_seconds). A key left out keeps its default. Tables
/// other than these four belong to other programs and are left alone; an unknown key inside them is an error, since
/// it is most likely a misspelling. Every error names the file, the line and the key.
/// </summary>
public static class SessionConfiguration
{
    /// <summary>Set to a file path to use that file instead of the one in the platform's configuration folder.</summary>
    public const string PathVariable = "RUSTBOXD_CONFIG";

    public const string FileName = "rustboxd.toml";

    private static readonly TomlSerializerOptions TomlOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = TomlIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        BlankLineBeforeTableHeaders = true,
    };

    // SessionOptions property -> the key that sets it, for errors found when the values are checked together.
    private static readonly Dictionary<string, string> KeyOfSetting = new()
    {
        [nameof(SessionOptions.RequestsPerSecond)] = "rate_limit.requests_per_second",
        [nameof(SessionOptions.BurstSize)] = "rate_limit.burst_size",
        [nameof(SessionOptions.MaximumRetryCount)] = "retry.max_attempts",
        [nameof(SessionOptions.InitialRetryDelay)] = "retry.initial_delay_ms",
        [nameof(SessionOptions.MaximumRetryDelay)] = "retry.max_delay_ms",
        [nameof(SessionOptions.BackoffMultiplier)] = "retry.backoff_multiplier",
        [nameof(SessionOptions.CacheTimeToLive)] = "cache.ttl_seconds",
        [nameof(SessionOptions.CacheMaximumEntries)] = "cache.max_entries",
        [nameof(SessionOptions.CachePath)] = "cache.path",
        [nameof(SessionOptions.BaseUri)] = "client.base_uri",
        [nameof(SessionOptions.UserAgent)] = "client.user_agent",
        [nameof(SessionOptions.ThrottleLimit)] = "client.throttle_limit",
        [nameof(SessionOptions.RequestTimeout)] = "client.request_timeout_seconds",
        [nameof(SessionOptions.BotProtectionPause)] = "client.bot_protection_pause_seconds",
    };

    private static readonly string[] OwnTables = ["rate_limit", "retry", "cache", "client"];

    /// <summary>
    /// The default file: $RUSTBOXD_CONFIG if set; on Windows %APPDATA%\Rustboxd\rustboxd.toml; elsewhere
    /// $XDG_CONFIG_HOME/rustboxd/rustboxd.toml, or ~/.config/rustboxd/rustboxd.toml without XDG_CONFIG_HOME.
    /// </summary>
    public static string DefaultPath
    {
        get
        {
            if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } overridden)
            {
                return Path.GetFullPath(overridden);
            }

            if (OperatingSystem.IsWindows())
            {
                var appData = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData);
                return Path.Combine(appData, "Rustboxd", FileName);
            }

            var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
            var folder = string.IsNullOrEmpty(xdg) || !Path.IsPathRooted(xdg)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config")
                : xdg;
            return Path.Combine(folder, "rustboxd", FileName);
        }
    }

    /// <summary>The settings in <paramref name="path"/> over <paramref name="baseOptions"/> (the defaults when null).</summary>
    public static SessionOptions Read(string path, SessionOptions? baseOptions = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ConfigurationException(ErrorIds.ConfigurationNotFound, LetterboxdErrorKind.NotFound,
                $"There is no configuration file at {path}. Export-LetterboxdConfiguration -Path '{path}' writes one " +
                "with the current settings.", path, inner: e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(ErrorIds.ConfigurationNotFound, LetterboxdErrorKind.NotFound,
                $"The configuration file {path} could not be read: {e.Message}", path, inner: e);
        }

        return Parse(text, path, baseOptions ?? new SessionOptions());
    }

    /// <summary>Reads settings from TOML text; <paramref name="path"/> names it in errors.</summary>
    public static SessionOptions Parse(string text, string path, SessionOptions baseOptions)
    {
        var document = SyntaxParser.Parse(text, path, false);
        var keys = KeysOf(document);
        if (document.HasErrors)
        {
            var error = document.Diagnostics.First(diagnostic => diagnostic.Kind == DiagnosticMessageKind.Error);
            var line = error.Span.Start.Line + 1;
            throw Failure(ErrorIds.ConfigurationSyntaxError, path, line, KeyAt(keys, line),
                $"is not valid TOML: {error.Message}");
        }

        foreach (var (key, line) in keys)
        {
            var table = key.Contains('.') ? key[..key.IndexOf('.')] : string.Empty;
            if ((table.Length == 0 || OwnTables.Contains(table)) && !KeyOfSetting.ContainsValue(key))
            {
                throw Failure(ErrorIds.ConfigurationInvalidValue, path, line, key,
                    $"is not a Rustboxd setting. {Known(table)}");
            }
        }

        ConfigurationFile file;
        try
        {
            file = TomlSerializer.Deserialize<ConfigurationFile>(text, TomlOptions) ?? new ConfigurationFile();
        }
        catch (TomlException e)
        {
            throw Failure(ErrorIds.ConfigurationInvalidValue, path, e.Line, e.Line is { } at ? KeyAt(keys, at) : null,
                $"has a value of the wrong kind: {Tidy(e.Message)}");
        }

        try
        {
            return file.ApplyTo(baseOptions).Validated();
        }
        catch (InvalidInputException e)
        {
            var key = KeyOfSetting.GetValueOrDefault(e.Target ?? string.Empty, e.Target ?? "?");
            var line = keys.FirstOrDefault(entry => entry.Key == key).Line;
            throw Failure(ErrorIds.ConfigurationInvalidValue, path, line == 0 ? null : line, key,
                "is out of range: " + e.Message.Replace($"The session setting {e.Target} ", "it ", StringComparison.Ordinal));
        }
    }

    /// <summary>The settings as TOML, every key written, with a comment saying what the file is.</summary>
    public static string Write(SessionOptions options)
    {
        var header = new StringBuilder()
            .AppendLine("# Rustboxd session settings; every key is optional and a missing one keeps its default.")
            .AppendLine("# [rate_limit], [retry] and [cache] have the shape rustboxd documents; [cache] path and [client] are Rustboxd's.")
            .AppendLine(CultureInfo.InvariantCulture, $"# Written {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz} by Export-LetterboxdConfiguration.")
            .AppendLine();
        return header + TomlSerializer.Serialize(ConfigurationFile.From(options), TomlOptions);
    }

    /// <summary>Writes the settings to <paramref name="path"/>, creating its folder; replaces the file atomically.</summary>
    public static void Save(SessionOptions options, string path)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(folder);
            var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
            File.WriteAllText(temporary, Write(options), new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ConfigurationException(ErrorIds.ConfigurationWriteFailed, LetterboxdErrorKind.Unexpected,
                $"The configuration could not be written to {path}: {e.Message}", path, inner: e);
        }
    }

    private static ConfigurationException Failure(string errorId, string path, int? line, string? key, string what)
    {
        var where = line is null ? path : $"{path} line {line.Value.ToString(CultureInfo.InvariantCulture)}";
        var subject = key is null ? "this line" : key;
        var sentence = what.TrimEnd().EndsWith('.') ? what.TrimEnd() : what.TrimEnd() + ".";
        return new ConfigurationException(errorId, LetterboxdErrorKind.InvalidInput,
            $"{where}: {subject} {sentence} Fix or remove it; rustboxd.toml is described in about_Rustboxd.", path, line, key);
    }

    private static string Known(string table) => table.Length == 0
        ? "Settings live in the tables [rate_limit], [retry], [cache] and [client]."
        : $"[{table}] knows " + string.Join(", ", KeyOfSetting.Values.Where(key => key.StartsWith(table + ".", StringComparison.Ordinal))
            .Select(key => key[(table.Length + 1)..])) + ".";

    // Tomlyn's message starts with its own "path(line,column) : error : "; the file and line are said already.
    private static string Tidy(string message)
    {
        var marker = message.IndexOf(": error : ", StringComparison.Ordinal);
        return (marker < 0 ? message : message[(marker + ": error : ".Length)..]).Trim();
    }

    private static string? KeyAt(IReadOnlyList<(string Key, int Line)> keys, int line) =>
        keys.Where(entry => entry.Line == line).Select(entry => entry.Key).FirstOrDefault();

    // Every key with its 1-based line, as table.key (a key of the root table as plain key).
    private static List<(string Key, int Line)> KeysOf(DocumentSyntax document)
    {
        var keys = new List<(string, int)>();
        foreach (var item in document.KeyValues)
        {
            keys.Add((NameOf(item.Key), item.Span.Start.Line + 1));
        }

        foreach (var table in document.Tables)
        {
            var prefix = NameOf(table.Name);
            foreach (var item in table.Items)
            {
                keys.Add(($"{prefix}.{NameOf(item.Key)}", item.Span.Start.Line + 1));
            }
        }

        return keys;
    }

    private static string NameOf(KeySyntax? key)
    {
        if (key is null)
        {
            return "?";
        }

        var parts = new List<string> { PartOf(key.Key) };
        parts.AddRange(key.DotKeys.Select(dotted => PartOf(dotted.Key)));
        return string.Join('.', parts);
    }

    private static string PartOf(BareKeyOrStringValueSyntax? part) => part switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "?",
        StringValueSyntax quoted => quoted.Value ?? "?",
        _ => "?",
    };
}
