using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace Rustboxd.Sessions;

/// <summary>
/// Pages by canonical URL, for the configured time to live and at most the configured number of pages
/// (Microsoft.Extensions.Caching.Memory, each page counting 1 towards the size limit). Bodies are kept as
/// UTF-8, half the memory of .NET strings.
/// </summary>
internal sealed class ResponseCache : IDisposable
{
    private readonly TimeSpan _timeToLive;
    private readonly int _maximumEntries;
    private MemoryCache _cache;

    public ResponseCache(TimeSpan timeToLive, int maximumEntries)
    {
        _timeToLive = timeToLive;
        _maximumEntries = maximumEntries;
        _cache = NewCache();
    }

    public bool Enabled => _timeToLive > TimeSpan.Zero && _maximumEntries > 0;

    public int Count => _cache.Count;

    public bool TryGet(Uri url, out PageResponse response)
    {
        if (Enabled && _cache.TryGetValue(Key(url), out CachedPage? page) && page is not null)
        {
            response = new PageResponse(page.Url, Encoding.UTF8.GetString(page.Body), fromCache: true);
            return true;
        }

        response = null!;
        return false;
    }

    /// <summary>Stores a page under the address asked for and, after a redirect, under the final one too.</summary>
    public void Store(Uri requested, PageResponse response)
    {
        if (!Enabled)
        {
            return;
        }

        var page = new CachedPage(response.Url, Encoding.UTF8.GetBytes(response.Body));
        var options = new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _timeToLive };
        _cache.Set(Key(requested), page, options);
        if (Key(response.Url) != Key(requested))
        {
            _cache.Set(Key(response.Url), page, options);
        }
    }

    public int Clear()
    {
        var old = Interlocked.Exchange(ref _cache, NewCache());
        var count = old.Count;
        old.Dispose();
        return count;
    }

    public void Dispose() => _cache.Dispose();

    // Scheme and host are case-insensitive; Letterboxd paths are lower-case once built by SitePaths.
    private static string Key(Uri url) => url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped).ToLowerInvariant();

    private MemoryCache NewCache() => new(new MemoryCacheOptions { SizeLimit = Math.Max(1, _maximumEntries) });

    private sealed record CachedPage(Uri Url, byte[] Body);
}
