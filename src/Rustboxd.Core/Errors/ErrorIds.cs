namespace Rustboxd.Errors;

/// <summary>
/// Stable error identifiers, one per condition. They become the first part of an
/// <c>ErrorRecord.FullyQualifiedErrorId</c>; once shipped, an id keeps its meaning.
/// </summary>
public static class ErrorIds
{
    public const string InvalidUserName = "LetterboxdInvalidUserName";
    public const string InvalidSlug = "LetterboxdInvalidSlug";
    public const string InvalidRating = "LetterboxdInvalidRating";
    public const string InvalidSessionSetting = "LetterboxdInvalidSessionSetting";
    public const string MemberNotFound = "LetterboxdMemberNotFound";
    public const string FilmNotFound = "LetterboxdFilmNotFound";
    public const string PageNotFound = "LetterboxdPageNotFound";
    public const string PrivateContent = "LetterboxdPrivateContent";
    public const string BlockedByBotProtection = "LetterboxdBlockedByBotProtection";
    public const string SessionPaused = "LetterboxdSessionPaused";
    public const string RateLimited = "LetterboxdRateLimited";
    public const string PageLoadFailed = "LetterboxdPageLoadFailed";
    public const string RedirectRefused = "LetterboxdRedirectRefused";
    public const string ParseFailed = "LetterboxdParseFailed";
    public const string MarkupDrift = "LetterboxdMarkupDrift";
    public const string UnexpectedFailure = "LetterboxdUnexpectedFailure";
    public const string InvalidYear = "LetterboxdInvalidYear";
    public const string InvalidMonth = "LetterboxdInvalidMonth";
    public const string InvalidListSlug = "LetterboxdInvalidListSlug";
    public const string ListNotFound = "LetterboxdListNotFound";

    // The member's export, the configuration file, the on-disk cache.
    public const string ExportNotFound = "LetterboxdExportNotFound";
    public const string ExportUnreadable = "LetterboxdExportUnreadable";
    public const string ExportKindMissing = "LetterboxdExportKindMissing";
    public const string ExportFileUnreadable = "LetterboxdExportFileUnreadable";
    public const string ExportRowUnreadable = "LetterboxdExportRowUnreadable";
    public const string ConfigurationNotFound = "LetterboxdConfigurationNotFound";
    public const string ConfigurationSyntaxError = "LetterboxdConfigurationSyntaxError";
    public const string ConfigurationInvalidValue = "LetterboxdConfigurationInvalidValue";
    public const string ConfigurationWriteFailed = "LetterboxdConfigurationWriteFailed";
    public const string CacheUnavailable = "LetterboxdCacheUnavailable";

    // Film look-ups, search, browsing, filmographies.
    public const string InvalidTmdbId = "LetterboxdInvalidTmdbId";
    public const string InvalidImdbId = "LetterboxdInvalidImdbId";
    public const string InvalidPersonSlug = "LetterboxdInvalidPersonSlug";
    public const string InvalidSearchQuery = "LetterboxdInvalidSearchQuery";
    public const string InvalidGenre = "LetterboxdInvalidGenre";
    public const string InvalidStreamingService = "LetterboxdInvalidStreamingService";
    public const string InvalidDecade = "LetterboxdInvalidDecade";
    public const string InvalidRelationship = "LetterboxdInvalidRelationship";
    public const string PersonNotFound = "LetterboxdPersonNotFound";
}

/// <summary>The family an error belongs to; the PowerShell layer maps it to an <c>ErrorCategory</c>.</summary>
public enum LetterboxdErrorKind
{
    InvalidInput,
    NotFound,
    PrivateContent,
    Blocked,
    RateLimited,
    PageLoadFailed,
    ParseFailed,
    MarkupDrift,
    Unexpected,
}
