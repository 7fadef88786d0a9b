using Rustboxd.Sessions;

namespace Rustboxd.Pipeline;

/// <summary>
/// The process-wide session cmdlets use without -Session. Process-wide on purpose: runspaces of
/// ForEach-Object -Parallel share it, and with it one rate limiter.
/// </summary>
internal static class DefaultSession
{
    private static LetterboxdSession? _current;

    public static LetterboxdSession Current
    {
        get
        {
            var session = Volatile.Read(ref _current);
            if (session is not null)
            {
                return session;
            }

            var created = NewFromConfiguration();
            var winner = Interlocked.CompareExchange(ref _current, created, null);
            if (winner is not null)
            {
                created.Dispose();
                return winner;
            }

            return created;
        }
    }

    /// <summary>
    /// A session with the settings of the configuration file in the platform's folder (SessionConfiguration.DefaultPath),
    /// or the defaults when there is none. A file that cannot be read throws its ConfigurationException: a broken
    /// configuration is said, not silently replaced by defaults.
    /// </summary>
    public static LetterboxdSession NewFromConfiguration()
    {
        var path = SessionConfiguration.DefaultPath;
        return File.Exists(path)
            ? new LetterboxdSession(SessionConfiguration.Read(path)) { ConfigurationPath = path }
            : new LetterboxdSession();
    }

    /// <summary>Makes <paramref name="session"/> the default; the previous one stays usable by whoever holds it.</summary>
    public static void Replace(LetterboxdSession session) => Volatile.Write(ref _current, session);
}
