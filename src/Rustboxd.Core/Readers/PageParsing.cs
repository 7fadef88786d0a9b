using Rustboxd.Errors;
using Rustboxd.Parsing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// Runs a parser on a fetched page and passes its notes on to the caller: warnings as warnings, traces to
/// the debug stream. A parser fault that is not one of ours becomes a <see cref="ParseException"/>, so
/// callers only ever see the module's own errors.
/// </summary>
internal static class PageParsing
{
    public static T Parse<T>(LetterboxdCall call, PageResponse response, string target, string what,
        Func<ParseContext, T> parse)
    {
        var context = new ParseContext(response.Url, target);
        try
        {
            return parse(context);
        }
        catch (LetterboxdException)
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ParseException(
                $"Could not read {what} from {response.Url.AbsolutePath}: {e.Message}. The page's markup may have " +
                "changed; please report it with the page address.",
                target, response.Url, what);
        }
        finally
        {
            foreach (var warning in context.Warnings)
            {
                call.Observer.Warning(warning);
            }

            foreach (var trace in context.Traces)
            {
                call.Observer.Debug(trace);
            }
        }
    }
}
