namespace Rustboxd.Sessions;

/// <summary>What a page is about, so that a 404 becomes "member not found" rather than "page not found".</summary>
public enum ResourceKind
{
    /// <summary>A member's profile or one of the member's pages.</summary>
    Member,

    /// <summary>A film's page or one of its fragments.</summary>
    Film,

    /// <summary>Anything else.</summary>
    Page,

    /// <summary>A member's list (/USER/list/SLUG/) or one of its pages.</summary>
    List,

    /// <summary>A person's filmography in one role (/actor/NAME/, /director/NAME/, ...).</summary>
    Person,
}

/// <summary>One page to fetch: a site-relative path built by <c>SitePaths</c>, and the input it serves.</summary>
public sealed record PageRequest(string Path, ResourceKind Kind, string Target);

/// <summary>A page as fetched (or served from the cache).</summary>
public sealed class PageResponse
{
    internal PageResponse(Uri url, string body, bool fromCache)
    {
        Url = url;
        Body = body;
        FromCache = fromCache;
    }

    /// <summary>The address the content came from, after any redirect.</summary>
    public Uri Url { get; }

    public string Body { get; }

    public bool FromCache { get; }
}
