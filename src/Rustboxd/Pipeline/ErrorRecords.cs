using System.Management.Automation;
using Rustboxd.Errors;

namespace Rustboxd.Pipeline;

/// <summary>Turns the engine's typed exceptions into ErrorRecords with a stable id, a category and the input as target.</summary>
internal static class ErrorRecords
{
    public static ErrorRecord From(Exception error, string target)
    {
        if (error is LetterboxdException letterboxd)
        {
            return new ErrorRecord(letterboxd, letterboxd.ErrorId, CategoryOf(letterboxd.Kind), letterboxd.Target ?? target)
            {
                ErrorDetails = new ErrorDetails(letterboxd.Message),
            };
        }

        return new ErrorRecord(error, ErrorIds.UnexpectedFailure, ErrorCategory.NotSpecified, target)
        {
            ErrorDetails = new ErrorDetails(
                $"Rustboxd failed unexpectedly on '{target}': {error.Message}. Please report this with the command you ran."),
        };
    }

    public static ErrorCategory CategoryOf(LetterboxdErrorKind kind) => kind switch
    {
        LetterboxdErrorKind.InvalidInput => ErrorCategory.InvalidArgument,
        LetterboxdErrorKind.NotFound => ErrorCategory.ObjectNotFound,
        LetterboxdErrorKind.PrivateContent => ErrorCategory.PermissionDenied,
        LetterboxdErrorKind.Blocked => ErrorCategory.ResourceUnavailable,
        LetterboxdErrorKind.RateLimited => ErrorCategory.LimitsExceeded,
        LetterboxdErrorKind.PageLoadFailed => ErrorCategory.ConnectionError,
        LetterboxdErrorKind.ParseFailed => ErrorCategory.ParserError,
        LetterboxdErrorKind.MarkupDrift => ErrorCategory.InvalidData,
        _ => ErrorCategory.NotSpecified,
    };
}
