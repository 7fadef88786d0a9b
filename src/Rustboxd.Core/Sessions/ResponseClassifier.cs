using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Rustboxd.Sessions;

/// <summary>What a response means for the caller, decided by status and body together.</summary>
internal enum ResponseClass
{
    Ok,
    NotFound,

    /// <summary>Letterboxd's own message page refusing private content.</summary>
    Private,

    /// <summary>A bot-protection challenge or block page, whatever its status.</summary>
    Challenge,
    RateLimited,

    /// <summary>5xx and 408: worth another try.</summary>
    Transient,
    Failed,
}

/// <summary>
/// Tells ok, missing, private, blocked, rate limited and failed apart. A 403 alone says nothing: every
/// Letterboxd response carries Cloudflare headers, and normal pages even embed Cloudflare's challenge
/// script, so only the page title and Letterboxd's own message markup decide.
/// </summary>
internal static partial class ResponseClassifier
{
    public static ResponseClass Classify(int status, string body)
    {
        var title = TitleOf(body);
        if (IsRateLimitPage(status, title, body))
        {
            return ResponseClass.RateLimited;
        }

        if (IsChallengePage(status, title, body))
        {
            return ResponseClass.Challenge;
        }

        return status switch
        {
            >= 200 and < 300 => ResponseClass.Ok,
            404 => ResponseClass.NotFound,
            429 => ResponseClass.RateLimited,
            403 when IsLetterboxdMessagePage(body) => ResponseClass.Private,
            408 or >= 500 => ResponseClass.Transient,
            _ => ResponseClass.Failed,
        };
    }

    /// <summary>The text of Letterboxd's message page (what it says instead of the content), or null.</summary>
    public static string? SiteMessage(string body)
    {
        if (!IsLetterboxdMessagePage(body))
        {
            return null;
        }

        var document = new HtmlParser().ParseDocument(body);
        var message = document.QuerySelector("section.message strong") ?? document.QuerySelector("section.message");
        var text = message?.TextContent.Trim();
        return string.IsNullOrEmpty(text) ? null : Regex.Replace(text, @"\s+", " ");
    }

    private static string TitleOf(string body)
    {
        var match = TitlePattern().Match(body.Length > 16_384 ? body[..16_384] : body);
        return match.Success ? match.Groups[1].Value.Trim() : string.Empty;
    }

    private static bool IsChallengePage(int status, string title, string body)
    {
        if (title.StartsWith("Just a moment", StringComparison.OrdinalIgnoreCase)
            || title.StartsWith("Attention Required", StringComparison.OrdinalIgnoreCase)
            || title.Contains("used Cloudflare to restrict access", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A refusal whose body is Cloudflare's challenge form rather than a Letterboxd page.
        return status is 403 or 503
            && (body.Contains("cf-chl-", StringComparison.Ordinal) || body.Contains("_cf_chl_opt", StringComparison.Ordinal))
            && !IsLetterboxdMessagePage(body);
    }

    private static bool IsRateLimitPage(int status, string title, string body) =>
        status == 429
        || (title.Contains("Cloudflare", StringComparison.OrdinalIgnoreCase)
            && body.Contains("You are being rate limited", StringComparison.OrdinalIgnoreCase));

    private static bool IsLetterboxdMessagePage(string body) =>
        ErrorBodyPattern().IsMatch(body) && body.Contains("class=\"message", StringComparison.Ordinal);

    [GeneratedRegex(@"<title[^>]*>([^<]*)</title>", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"<body[^>]*\bclass=""[^""]*\berror\b", RegexOptions.IgnoreCase)]
    private static partial Regex ErrorBodyPattern();
}
