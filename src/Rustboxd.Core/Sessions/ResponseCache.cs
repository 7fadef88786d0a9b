using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Caching.Memory;

namespace Rustboxd.Sessions;

/// <summary>
/// Pages by canonical URL, for the configured time to live and at most the configured number of pages
/// (Microsoft.Extensions.Caching.Memory, each page counting 1 towards the size limit). Bodies are kept as
/// UTF-8, half the memory of .NET strings. With a cache path, a <see cref="DiskPageStore"/> behind the memory keeps pages
/// across processes under the same rules; a page found only on disk is brought back into memory.
/// </summary>
internal sealed class ResponseCache : IDisposable
{
    private readonly TimeSpan _timeToLive;
    private readonly int _maximumEntries;
    private readonly DiskPageStore? _disk;
    private readonly MemoryCache _cache;

    public ResponseCache(TimeSpan timeToLive, int maximumEntries, string? diskPath = null)
    {
        _timeToLive = timeToLive;
        _maximumEntries = maximumEntries;
        _cache = NewCache();
        _disk = diskPath is not null && Enabled ? new DiskPageStore(diskPath, timeToLive, maximumEntries) : null;
    }

    /// <summary>The cache file, when pages are also kept on disk.</summary>
    public string? DiskPath => _disk?.Path;

    /// <summary>Pages in the cache file (fresh or not yet purged); 0 without one.</summary>
    public int DiskCount => _disk?.Count ?? 0;

    public bool Enabled => _timeToLive > TimeSpan.Zero && _maximumEntries > 0;

    public int Count => _cache.Count;

    public bool TryGet(Uri url, out PageResponse response) => TryGet(url, out response, out _);

    /// <summary>Memory first, then the cache file; <paramref name="warn"/> hears of a file that fails.</summary>
    public bool TryGet(Uri url, out PageResponse response, out bool fromDisk, Action<string>? warn = null)
    {
        fromDisk = false;
        if (Enabled && _cache.TryGetValue(Key(url), out CachedPage? page) && page is not null)
        {
            response = new PageResponse(page.Url, Encoding.UTF8.GetString(page.Body), fromCache: true);
            return true;
        }

        if (_disk is not null && DiskGet(Key(url), warn) is { } stored)
        {
            fromDisk = true;
            _cache.Set(Key(url), stored, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _timeToLive });
            response = new PageResponse(stored.Url, Encoding.UTF8.GetString(stored.Body), fromCache: true);
            return true;
        }

        response = null!;
        return false;
    }

    /// <summary>Stores a page under the address asked for and, after a redirect, under the final one too.</summary>
    public void Store(Uri requested, PageResponse response) => Store(requested, response, null);

    public void Store(Uri requested, PageResponse response, Action<string>? warn)
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

        if (_disk is not null)
        {
            DiskStore(new[] { Key(requested), Key(response.Url) }.Distinct(), page, warn);
        }
    }

    /// <summary>Empties the cache file; returns how many pages it held.</summary>
    public int ClearDisk() => _disk?.Clear() ?? 0;

    /// <summary>Empties the memory; a read under way on another thread still completes. Returns the pages it held.</summary>
    public int Clear()
    {
        var count = _cache.Count;
        _cache.Clear();
        return count;
    }

    public void Dispose() => _cache.Dispose();

    // Scheme and host are case-insensitive; Letterboxd paths are lower-case once built by SitePaths.
    private static string Key(Uri url) => url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped).ToLowerInvariant();

    private MemoryCache NewCache() => new(new MemoryCacheOptions { SizeLimit = Math.Max(1, _maximumEntries) });

    // A cache file that fails (disk full, locked for too long) costs a request, never the call.
    private CachedPage? DiskGet(string key, Action<string>? warn)
    {
        try
        {
            return _disk!.TryGet(key, out var url, out var body) ? new CachedPage(url, body) : null;
        }
        catch (SqliteException e)
        {
            warn?.Invoke($"the page cache file {_disk!.Path} could not be read ({e.Message}); fetching instead");
            return null;
        }
    }

    private void DiskStore(IEnumerable<string> keys, CachedPage page, Action<string>? warn)
    {
        try
        {
            _disk!.Store(keys, page.Url, page.Body);
        }
        catch (SqliteException e)
        {
            warn?.Invoke($"the page cache file {_disk!.Path} could not be written ({e.Message}); the page is cached in memory only");
        }
    }

    private sealed record CachedPage(Uri Url, byte[] Body);
}
