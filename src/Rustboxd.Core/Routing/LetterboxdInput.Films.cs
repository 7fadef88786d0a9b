using System.Globalization;
using System.Text.RegularExpressions;
using Rustboxd.Errors;
using Rustboxd.Models;

namespace Rustboxd.Routing;

/// <summary>Validation of the input that film look-ups, search and browsing take.</summary>
public static partial class LetterboxdInput
{
    public const int MaximumSearchQueryLength = 100;
    public const int FirstFilmYear = 1870;

    /// <summary>A TMDB id: a whole number above zero.</summary>
    public static long TmdbId(long input)
    {
        if (input <= 0)
        {
            throw new InvalidInputException(
                ErrorIds.InvalidTmdbId,
                $"{input.ToString(CultureInfo.InvariantCulture)} is not a TMDB id. TMDB ids are whole numbers above " +
                "zero, the number in a themoviedb.org address (themoviedb.org/movie/1018).",
                input.ToString(CultureInfo.InvariantCulture));
        }

        return input;
    }

    /// <summary>A TMDB id as text (a CSV column, a parameter): digits only, above zero.</summary>
    public static long TmdbId(string? input)
    {
        if (!long.TryParse(input?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw new InvalidInputException(
                ErrorIds.InvalidTmdbId,
                $"'{Printable(input)}' is not a TMDB id. TMDB ids are whole numbers above zero, the number in a " +
                "themoviedb.org address (themoviedb.org/movie/1018).",
                input);
        }

        return TmdbId(id);
    }

    /// <summary>An IMDb title id, "tt" and seven or more digits, also taken from an imdb.com title address.</summary>
    public static string ImdbId(string? input)
    {
        var match = input is null ? Match.Empty : ImdbIdPattern().Match(input.Trim());
        if (!match.Success)
        {
            throw new InvalidInputException(
                ErrorIds.InvalidImdbId,
                $"'{Printable(input)}' is not an IMDb title id. Use 'tt' and the digits, as in imdb.com/title/tt0166924/.",
                input);
        }

        return match.Groups["id"].Value.ToLowerInvariant();
    }

    /// <summary>A person's slug, the part after /actor/ or /director/ in their address. Returned lower-cased.</summary>
    public static string PersonSlug(string? input)
    {
        var candidate = input?.Trim();
        var path = candidate is null ? Match.Empty : PersonPathPattern().Match(candidate);
        if (path.Success)
        {
            candidate = path.Groups["slug"].Value;
        }

        if (candidate is null || candidate.Length > MaximumSlugLength || !SlugPattern().IsMatch(candidate))
        {
            throw new InvalidInputException(
                ErrorIds.InvalidPersonSlug,
                $"'{Printable(input)}' is not a Letterboxd person slug. It is the part after the role in a person's " +
                "address, such as 'michael-fassbender' for letterboxd.com/actor/michael-fassbender/; " +
                "Search-Letterboxd NAME -Type Person finds it.",
                input);
        }

        return candidate.ToLowerInvariant();
    }

    /// <summary>Search text: not blank, at most 100 characters, no control characters. Returned trimmed.</summary>
    public static string SearchQuery(string? input)
    {
        var trimmed = input?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaximumSearchQueryLength
            || trimmed.Any(char.IsControl))
        {
            throw new InvalidInputException(
                ErrorIds.InvalidSearchQuery,
                $"'{Printable(input)}' is not something Letterboxd can search for: give 1 to " +
                $"{MaximumSearchQueryLength} characters of text, such as -Query 'mulholland'.",
                input);
        }

        return trimmed;
    }

    /// <summary>A genre as Letterboxd's addresses write it (science-fiction, tv-movie). Returned lower-cased.</summary>
    public static string Genre(string? input)
    {
        var candidate = input?.Trim().ToLowerInvariant().Replace(' ', '-');
        if (candidate is null || candidate.Length > 50 || !BrowseWordPattern().IsMatch(candidate))
        {
            throw new InvalidInputException(
                ErrorIds.InvalidGenre,
                $"'{Printable(input)}' is not a Letterboxd genre. Use the genre as its address writes it, such as " +
                "'drama' or 'science-fiction' (letterboxd.com/films/genre/science-fiction/).",
                input);
        }

        return candidate;
    }

    /// <summary>A streaming service as Letterboxd's addresses write it (netflix, amazon-prime-video).</summary>
    public static string StreamingService(string? input)
    {
        var candidate = input?.Trim().ToLowerInvariant();
        if (candidate is null || candidate.Length > 60 || !BrowseWordPattern().IsMatch(candidate))
        {
            throw new InvalidInputException(
                ErrorIds.InvalidStreamingService,
                $"'{Printable(input)}' is not a Letterboxd streaming service. Use the service as its address writes " +
                "it, such as 'netflix' or 'mubi' (letterboxd.com/films/popular/this/week/on/netflix/).",
                input);
        }

        return candidate;
    }

    /// <summary>A decade as "1960s" or 1960, from the 1870s to this decade. Returns its first year.</summary>
    public static int Decade(string? input)
    {
        var match = input is null ? Match.Empty : DecadePattern().Match(input.Trim());
        var lastDecade = DateTime.Today.Year / 10 * 10;
        if (!match.Success
            || !int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year % 10 != 0 || year < FirstFilmYear || year > lastDecade)
        {
            throw new InvalidInputException(
                ErrorIds.InvalidDecade,
                $"'{Printable(input)}' is not a decade Letterboxd browses. Use the decade's first year with or without " +
                $"an s, from 1870s to {lastDecade.ToString(CultureInfo.InvariantCulture)}s, such as -Decade 1960s.",
                input);
        }

        return year;
    }

    /// <summary>A release year to browse: 1870 to ten years ahead (announced films have years to come).</summary>
    public static int FilmYear(int input)
    {
        var lastYear = DateTime.Today.Year + 10;
        if (input < FirstFilmYear || input > lastYear)
        {
            throw new InvalidInputException(
                ErrorIds.InvalidYear,
                $"{input.ToString(CultureInfo.InvariantCulture)} is not a release year Letterboxd browses. Use a year " +
                $"from {FirstFilmYear} to {lastYear.ToString(CultureInfo.InvariantCulture)}, such as -Year 2024.",
                input.ToString(CultureInfo.InvariantCulture));
        }

        return input;
    }

    /// <summary>
    /// A relationship that fits the subject: Followers and Following belong to a member, Fans and Watchers to a film.
    /// </summary>
    public static MemberRelationship Relationship(MemberRelationship input, bool ofFilm)
    {
        var filmKind = input is MemberRelationship.Fans or MemberRelationship.Watchers;
        if (filmKind != ofFilm)
        {
            throw new InvalidInputException(
                ErrorIds.InvalidRelationship,
                ofFilm
                    ? $"-Relationship {input} belongs to a member; a film (-Slug) has Fans and Watchers."
                    : $"-Relationship {input} belongs to a film; use it with -Slug. A member (-UserName) has Followers " +
                      "and Following.",
                input.ToString());
        }

        return input;
    }

    // [0-9], not \d: \d also takes Arabic-Indic and full-width digits (hostile-input table).
    [GeneratedRegex(@"\A(?:https?://(?:www\.)?imdb\.com/title/)?(?<id>[tT]{2}[0-9]{7,10})/?\z")]
    private static partial Regex ImdbIdPattern();

    [GeneratedRegex(@"\A(?:https?://(?:www\.)?letterboxd\.com)?/[a-z-]+/(?<slug>[^/?#]+)/?\z")]
    private static partial Regex PersonPathPattern();

    // Lower-case words joined by hyphens; no slash, dot or percent sign can reach a path.
    [GeneratedRegex(@"\A[a-z0-9]+(?:-[a-z0-9]+)*\z")]
    private static partial Regex BrowseWordPattern();

    [GeneratedRegex(@"\A(?<year>\d{4})s?\z")]
    private static partial Regex DecadePattern();
}
