using Microsoft.Data.Sqlite;
using Rustboxd.Errors;

namespace Rustboxd.Sessions;

/// <summary>
/// Pages kept in a SQLite file (Microsoft.Data.Sqlite), so that a script run again later, in another process, is
/// served from it. The same rules as the memory cache: a page is served while it is younger than the session's time to
/// live, and the file keeps at most the configured number of pages, the oldest going first. Several processes may
/// share one file (SQLite's write-ahead log and busy time-out take care of that).
/// </summary>
internal sealed class DiskPageStore
{
    private const int SchemaVersion = 1;

    private readonly string _connectionString;
    private readonly TimeSpan _timeToLive;
    private readonly int _maximumEntries;

    public DiskPageStore(string path, TimeSpan timeToLive, int maximumEntries)
    {
        Path = System.IO.Path.GetFullPath(path);
        _timeToLive = timeToLive;
        _maximumEntries = maximumEntries;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 10,
        }.ToString();

        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            Initialise();
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException(ErrorIds.CacheUnavailable,
                $"The page cache file {Path} cannot be used: {e.Message}. Choose another -CachePath, or leave it out " +
                "for a memory-only cache.", nameof(SessionOptions.CachePath));
        }
    }

    public string Path { get; }

    public int Count => Scalar("SELECT COUNT(*) FROM pages");

    public bool TryGet(string key, out Uri url, out byte[] body)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT url, body FROM pages WHERE key = $key AND fetched_at > $oldest";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$oldest", Oldest());
        using var reader = command.ExecuteReader();
        if (reader.Read())
        {
            url = new Uri(reader.GetString(0));
            body = (byte[])reader.GetValue(1);
            return true;
        }

        (url, body) = (null!, null!);
        return false;
    }

    public void Store(IEnumerable<string> keys, Uri url, byte[] body)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        foreach (var key in keys)
        {
            Execute(connection, "INSERT OR REPLACE INTO pages (key, url, body, fetched_at) VALUES ($key, $url, $body, $now)",
                ("$key", key), ("$url", url.ToString()), ("$body", body), ("$now", now));
        }

        // The oldest pages beyond the size bound go, and expired ones with them.
        Execute(connection,
            "DELETE FROM pages WHERE fetched_at <= $oldest OR key NOT IN " +
            "(SELECT key FROM pages ORDER BY fetched_at DESC LIMIT $maximum)",
            ("$oldest", Oldest()), ("$maximum", _maximumEntries));
        transaction.Commit();
    }

    /// <summary>Empties the file; returns how many pages it held.</summary>
    public int Clear()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM pages";
        return command.ExecuteNonQuery();
    }

    private void Initialise()
    {
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode = WAL");
        Execute(connection,
            "CREATE TABLE IF NOT EXISTS pages (key TEXT PRIMARY KEY, url TEXT NOT NULL, body BLOB NOT NULL, " +
            "fetched_at INTEGER NOT NULL)");
        Execute(connection, "CREATE INDEX IF NOT EXISTS pages_fetched_at ON pages (fetched_at)");
        Execute(connection, $"PRAGMA user_version = {SchemaVersion}");
        Execute(connection, "DELETE FROM pages WHERE fetched_at <= $oldest", ("$oldest", Oldest()));
    }

    private long Oldest() => DateTimeOffset.UtcNow.Subtract(_timeToLive).ToUnixTimeMilliseconds();

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private int Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
