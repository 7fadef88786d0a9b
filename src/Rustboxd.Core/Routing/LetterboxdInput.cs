using System.Globalization;
using System.Text.RegularExpressions;
using Rustboxd.Errors;

namespace Rustboxd.Routing;

/// <summary>
/// Validates what users type before it can become part of a URL. Every method either returns the
/// canonical form or throws <see cref="InvalidInputException"/> naming the input and what to do.
/// </summary>
public static partial class LetterboxdInput
{
    public const int MinimumUserNameLength = 2;
    public const int MaximumUserNameLength = 15;
    public const int MaximumSlugLength = 200;
    public const int FirstDiaryYear = 1870;

    /// <summary>Letterboxd's rule: 2-15 letters, digits or underscores. Returned lower-cased for URLs.</summary>
    public static string UserName(string? input)
    {
        if (input is null || !UserNamePattern().IsMatch(input))
        {
            throw new InvalidInputException(
                ErrorIds.InvalidUserName,
                $"'{Printable(input)}' is not a Letterboxd user name. User names have {MinimumUserNameLength}-" +
                $"{MaximumUserNameLength} letters, digits or underscores; use the name from the member's profile " +
                "address (letterboxd.com/NAME/).",
                input);
        }

        return input.ToLowerInvariant();
    }

    /// <summary>
    /// A film slug as Letterboxd writes it (lower-case words joined by hyphens), or a letterboxd.com
    /// film address from which the slug is taken. Returned lower-cased.
    /// </summary>
    public static string FilmSlug(string? input)
    {
        var candidate = input is not null && input.Contains('/') ? SlugFromFilmAddress(input) : input;
        if (candidate is null || candidate.Length > MaximumSlugLength || !SlugPattern().IsMatch(candidate))
        {
            throw new InvalidInputException(
                ErrorIds.InvalidSlug,
                $"'{Printable(input)}' is not a Letterboxd film slug. A slug is the part after /film/ in a film's " +
                "address, such as 'mulholland-drive' for letterboxd.com/film/mulholland-drive/.",
                input);
        }

        return candidate.ToLowerInvariant();
    }

    /// <summary>
    /// A list slug as Letterboxd writes it: lower-case letters, digits and hyphens, the part after /list/ in the
    /// list's address. Anything else (a slash, "..", percent-encoding, a query) is refused, never encoded.
    /// </summary>
    public static string ListSlug(string? input)
    {
        if (input is null || input.Length > MaximumSlugLength || !ListSlugPattern().IsMatch(input))
        {
            throw new InvalidInputException(
                ErrorIds.InvalidListSlug,
                $"'{Printable(input)}' is not a Letterboxd list slug. A list slug is the part after /list/ in the " +
                "list's address, in lower-case letters, digits and hyphens, such as 'top-12-seculo' for " +
                "letterboxd.com/NAME/list/top-12-seculo/. Get-LetterboxdList NAME lists a member's lists with their slugs.",
                input);
        }

        return input;
    }

    /// <summary>A rating in stars: 0.5 to 5 in half-star steps.</summary>
    public static decimal Rating(decimal input)
    {
        if (input < 0.5m || input > 5m || decimal.Remainder(input * 2, 1) != 0)
        {
            throw new InvalidInputException(
                ErrorIds.InvalidRating,
                $"{input.ToString(CultureInfo.InvariantCulture)} is not a Letterboxd rating. Ratings go from 0.5 " +
                "to 5 stars in half-star steps (0.5, 1, 1.5, ... 5).",
                input.ToString(CultureInfo.InvariantCulture));
        }

        return input;
    }

    /// <summary>
    /// A diary period: a year (1870, the decade of the first films, to next year, which a member's time zone
    /// can already have reached), optionally with a month (1-12). A month without a year is refused.
    /// </summary>
    public static (int? Year, int? Month) DiaryPeriod(int? year, int? month)
    {
        var lastYear = DateTime.Today.Year + 1;
        if (year is { } y && (y < FirstDiaryYear || y > lastYear))
        {
            throw new InvalidInputException(
                ErrorIds.InvalidYear,
                $"{y.ToString(CultureInfo.InvariantCulture)} is not a year a diary can hold. Use a year from " +
                $"{FirstDiaryYear} to {lastYear.ToString(CultureInfo.InvariantCulture)}, such as -Year 2025.",
                y.ToString(CultureInfo.InvariantCulture));
        }

        if (month is { } m && (m < 1 || m > 12))
        {
            throw new InvalidInputException(
                ErrorIds.InvalidMonth,
                $"{m.ToString(CultureInfo.InvariantCulture)} is not a month. Use 1 (January) to 12 (December).",
                m.ToString(CultureInfo.InvariantCulture));
        }

        if (month is not null && year is null)
        {
            throw new InvalidInputException(
                ErrorIds.InvalidMonth,
                $"-Month {month.Value.ToString(CultureInfo.InvariantCulture)} needs a year: Letterboxd files diary " +
                "months under their year. Add -Year, such as -Year 2025 -Month 3.",
                month.Value.ToString(CultureInfo.InvariantCulture));
        }

        return (year, month);
    }

    // Accepts https://letterboxd.com/film/SLUG/ and /film/SLUG/, nothing on another host or port.
    private static string? SlugFromFilmAddress(string input)
    {
        // On Unix "/film/x/" parses as an absolute file: URI, so only text with a scheme counts as an address.
        if (input.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(input, UriKind.Absolute, out var absolute))
        {
            var host = absolute.Host.ToLowerInvariant();
            if (absolute.Scheme is not ("https" or "http") || host is not ("letterboxd.com" or "www.letterboxd.com"))
            {
                return null;
            }

            // Another port is another site, and credentials have no place in a film's address (hostile-input table).
            if (absolute.Query.Length > 0 || absolute.Fragment.Length > 0 || !absolute.IsDefaultPort
                || absolute.UserInfo.Length > 0)
            {
                return null;
            }

            input = absolute.AbsolutePath;
        }

        var match = FilmPathPattern().Match(input);
        return match.Success ? match.Groups["slug"].Value : null;
    }

    // Control characters and very long input would make the message itself unreadable.
    internal static string Printable(string? input)
    {
        if (input is null)
        {
            return "(null)";
        }

        var shown = input.Length > 60 ? input[..60] + "…" : input;
        return Regex.Replace(shown, @"\p{C}", "?");
    }

    [GeneratedRegex(@"\A[A-Za-z0-9_]{2,15}\z")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex(@"\A[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?\z")]
    private static partial Regex SlugPattern();

    // At least one letter or digit: "-" or "--" alone is no slug.
    [GeneratedRegex(@"\A[a-z0-9-]*[a-z0-9][a-z0-9-]*\z")]
    private static partial Regex ListSlugPattern();

    [GeneratedRegex(@"\A/film/(?<slug>[^/]+)/?\z")]
    private static partial Regex FilmPathPattern();
}
