namespace Rustboxd.Errors;

/// <summary>
/// Base of every failure Rustboxd reports on purpose. Carries a stable id, the family of the
/// failure, the input that failed (user name, slug, ...) and the page address when there was one.
/// </summary>
public abstract class LetterboxdException : Exception
{
    protected LetterboxdException(
        string errorId, LetterboxdErrorKind kind, string message, string? target, Uri? url, Exception? inner = null)
        : base(message, inner)
    {
        ErrorId = errorId;
        Kind = kind;
        Target = target;
        Url = url;
    }

    public string ErrorId { get; }

    public LetterboxdErrorKind Kind { get; }

    /// <summary>The input the failure is about (a user name, a slug, a setting), or null.</summary>
    public string? Target { get; }

    /// <summary>The page that was requested, when the failure came from a request.</summary>
    public Uri? Url { get; }

    /// <summary>True when the failure says the whole session is unusable for now, not just one input.</summary>
    public virtual bool StopsTheCall => false;
}

/// <summary>Input refused before any request: a malformed user name, slug, rating or setting.</summary>
public sealed class InvalidInputException : LetterboxdException
{
    public InvalidInputException(string errorId, string message, string? target)
        : base(errorId, LetterboxdErrorKind.InvalidInput, message, target, null)
    {
    }
}

/// <summary>The site answered 404 for a member, a film or a page.</summary>
public sealed class ResourceNotFoundException : LetterboxdException
{
    public ResourceNotFoundException(string errorId, string message, string? target, Uri url)
        : base(errorId, LetterboxdErrorKind.NotFound, message, target, url)
    {
    }
}

/// <summary>Letterboxd's own message page: the member keeps this content private.</summary>
public sealed class PrivateContentException : LetterboxdException
{
    public PrivateContentException(string message, string? target, Uri url, string? siteMessage)
        : base(ErrorIds.PrivateContent, LetterboxdErrorKind.PrivateContent, message, target, url)
    {
        SiteMessage = siteMessage;
    }

    /// <summary>The text Letterboxd showed on its message page, if any.</summary>
    public string? SiteMessage { get; }
}

/// <summary>
/// A bot-protection challenge page was served, or the session is paused after one. This is about the
/// client, not the content, and it stops the call.
/// </summary>
public sealed class BlockedException : LetterboxdException
{
    public BlockedException(string errorId, string message, string? target, Uri url, DateTimeOffset pausedUntil)
        : base(errorId, LetterboxdErrorKind.Blocked, message, target, url)
    {
        PausedUntil = pausedUntil;
    }

    /// <summary>When the session will try sending again.</summary>
    public DateTimeOffset PausedUntil { get; }

    public override bool StopsTheCall => true;
}

/// <summary>The site kept answering 429 after every retry the call allowed.</summary>
public sealed class RateLimitedException : LetterboxdException
{
    public RateLimitedException(string message, string? target, Uri url, TimeSpan? retryAfter)
        : base(ErrorIds.RateLimited, LetterboxdErrorKind.RateLimited, message, target, url)
    {
        RetryAfter = retryAfter;
    }

    public TimeSpan? RetryAfter { get; }
}

/// <summary>A page could not be loaded: an unexpected status, a network failure, a time-out or a refused redirect.</summary>
public sealed class PageLoadException : LetterboxdException
{
    public PageLoadException(string errorId, string message, string? target, Uri url, int? statusCode, Exception? inner = null)
        : base(errorId, LetterboxdErrorKind.PageLoadFailed, message, target, url, inner)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status of the last attempt, or null when no response arrived.</summary>
    public int? StatusCode { get; }
}

/// <summary>A page loaded but a required field could not be read from it.</summary>
public sealed class ParseException : LetterboxdException
{
    public ParseException(string message, string? target, Uri url, string field)
        : base(ErrorIds.ParseFailed, LetterboxdErrorKind.ParseFailed, message, target, url)
    {
        Field = field;
    }

    public string Field { get; }
}

/// <summary>The page states a number of items and the parser found none of them: the markup has changed.</summary>
public sealed class MarkupDriftException : LetterboxdException
{
    public MarkupDriftException(string message, string? target, Uri url, int expected, int found)
        : base(ErrorIds.MarkupDrift, LetterboxdErrorKind.MarkupDrift, message, target, url)
    {
        Expected = expected;
        Found = found;
    }

    public int Expected { get; }

    public int Found { get; }
}
