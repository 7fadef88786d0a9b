using System.Net;
using Rustboxd.Errors;
using Rustboxd.Sessions;
using static Rustboxd.Tests.Sessions.ScriptedHandler;

namespace Rustboxd.Tests.Sessions;

/// <summary>The on-disk page cache (-CachePath), and a session's settings changed in place.</summary>
public sealed class DiskCacheTests : IDisposable
{
    private static readonly PageRequest Profile = new("/member/", ResourceKind.Member, "member");

    private readonly string _folder = Directory.CreateTempSubdirectory("rustboxd-cache-").FullName;

    private string CacheFile => Path.Combine(_folder, "cache", "pages.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Serves_a_later_session_from_the_file_without_a_request()
    {
        var first = new ScriptedHandler().On("/member/", Page(HttpStatusCode.OK, "<p>from the site</p>"));
        using (var session = new LetterboxdSession(Options(), first))
        {
            await Fetch(session, Profile);
            Assert.Equal(1, session.CachedPagesOnDisk);
        }

        var second = new ScriptedHandler().On("/member/", Page(HttpStatusCode.OK, "<p>fetched again</p>"));
        using var later = new LetterboxdSession(Options(), second);

        var response = await Fetch(later, Profile);

        Assert.Equal("<p>from the site</p>", response.Body);
        Assert.True(response.FromCache);
        Assert.Empty(second.Requests);
        Assert.Equal(1, later.Statistics.ServedFromCache);
        Assert.Equal(Path.GetFullPath(CacheFile), later.CacheFile);
    }

    [Fact]
    public async Task Serves_a_page_no_longer_than_the_time_to_live_of_the_session_reading_it()
    {
        using (var session = new LetterboxdSession(Options(), new ScriptedHandler().On("/member/", Page(HttpStatusCode.OK))))
        {
            await Fetch(session, Profile);
        }

        await Task.Delay(50);
        var handler = new ScriptedHandler().On("/member/", Page(HttpStatusCode.OK));
        using var strict = new LetterboxdSession(Options() with { CacheTimeToLive = TimeSpan.FromMilliseconds(20) }, handler);

        await Fetch(strict, Profile);

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Keeps_at_most_the_configured_number_of_pages_the_newest_staying()
    {
        var handler = new ScriptedHandler();
        foreach (var name in new[] { "a", "b", "c" })
        {
            handler.On($"/{name}/", Page(HttpStatusCode.OK, $"<p>{name}</p>"));
        }

        using var session = new LetterboxdSession(Options() with { CacheMaximumEntries = 2 }, handler);
        foreach (var name in new[] { "a", "b", "c" })
        {
            await Fetch(session, new PageRequest($"/{name}/", ResourceKind.Member, name));
            await Task.Delay(5);
        }

        Assert.Equal(2, session.CachedPagesOnDisk);
        Assert.Equal(2, session.ClearDiskCache());
        Assert.Equal(0, session.CachedPagesOnDisk);
    }

    [Fact]
    public async Task Neither_reads_nor_fills_the_file_for_a_call_without_the_cache()
    {
        var handler = new ScriptedHandler().On("/member/", Page(HttpStatusCode.OK));
        using var session = new LetterboxdSession(Options(), handler);

        await Fetch(session, Profile, noCache: true);
        await Fetch(session, Profile, noCache: true);

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(0, session.CachedPagesOnDisk);
    }

    [Fact]
    public void Refuses_a_cache_file_it_cannot_create_with_its_own_id()
    {
        var blocker = Path.Combine(_folder, "a-file");
        File.WriteAllText(blocker, "not a folder");

        var error = Assert.Throws<InvalidInputException>(() =>
            new LetterboxdSession(Options() with { CachePath = Path.Combine(blocker, "pages.db") }));

        Assert.Equal(ErrorIds.CacheUnavailable, error.ErrorId);
        Assert.Equal("CachePath", error.Target);
    }

    [Fact]
    public async Task Changes_settings_in_place_for_the_next_request()
    {
        var handler = new ScriptedHandler().On("/member/", Page(HttpStatusCode.OK));
        using var session = new LetterboxdSession(Options() with { CachePath = null }, handler);
        await Fetch(session, Profile);

        session.Reconfigure(session.Options with { UserAgent = "Changed/1.0", CacheTimeToLive = TimeSpan.FromMinutes(1) });
        await Fetch(session, Profile);

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal("Changed/1.0", handler.Requests.Last().Headers.UserAgent.ToString());
        Assert.Equal(1, session.CachedPages);
        Assert.Throws<InvalidInputException>(() => session.Reconfigure(session.Options with { BurstSize = 0 }));
        Assert.Equal("Changed/1.0", session.Options.UserAgent);
    }

    private SessionOptions Options() => new()
    {
        BaseUri = new Uri("https://letterboxd.test/"),
        RequestsPerSecond = 1000,
        BurstSize = 100,
        CachePath = CacheFile,
    };

    private static async Task<PageResponse> Fetch(LetterboxdSession session, PageRequest request, bool noCache = false)
    {
        using var call = new LetterboxdCall(session, noCache: noCache);
        return await call.FetchAsync(request);
    }
}
