using System.Globalization;

namespace Rustboxd.Routing;

/// <summary>
/// The one place where site addresses are built. Every path is site-relative, starts and ends with a
/// slash, never holds a double slash, and only ever contains input that <see cref="LetterboxdInput"/>
/// has validated (user names lower-cased, slugs checked).
/// </summary>
public static class SitePaths
{
    public static string Member(string userName) => $"/{userName}/";

    /// <summary>The member's watched films, optionally only those rated <paramref name="rating"/> stars.</summary>
    public static string MemberFilms(string userName, decimal? rating = null, int page = 1)
    {
        var path = rating is null ? $"/{userName}/films/" : $"/{userName}/films/rated/{RatingSegment(rating.Value)}/";
        return WithPage(path, page);
    }

    /// <summary>The films the member liked.</summary>
    public static string MemberLikedFilms(string userName, int page = 1) => WithPage($"/{userName}/likes/films/", page);

    public static string Film(string slug) => $"/film/{slug}/";

    /// <summary>The fragment holding a film's rating histogram, average and fan count.</summary>
    public static string FilmRatingsSummary(string slug) => $"/csi/film/{slug}/ratings-summary/";

    /// <summary>The reviews the member wrote, newest first.</summary>
    public static string MemberReviews(string userName, int page = 1) => WithPage($"/{userName}/films/reviews/", page);

    /// <summary>The reviews (by anyone) that the member liked.</summary>
    public static string MemberLikedReviews(string userName, int page = 1) =>
        WithPage($"/{userName}/likes/reviews/", page);

    /// <summary>
    /// The fragment holding the whole text of a long entry that a list page shows shortened, such as a review
    /// (object kind "viewing"): /s/full-text/viewing:ID/.
    /// </summary>
    public static string FullText(string objectKind, long id)
    {
        if (objectKind.Length == 0 || !objectKind.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"'{objectKind}' is not an object kind (letters only).", nameof(objectKind));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        return $"/s/full-text/{objectKind}:{id.ToString(CultureInfo.InvariantCulture)}/";
    }

    /// <summary>Page 1 is the bare path, as Letterboxd links it; later pages add page/N/.</summary>
    public static string WithPage(string path, int page)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        return page == 1 ? path : $"{path}page/{page.ToString(CultureInfo.InvariantCulture)}/";
    }

    /// <summary>
    /// Letterboxd writes rating filters the way its histogram links do: whole stars as digits and a half as
    /// '½' (3.5 is "3½", 0.5 is "½"), percent-encoded in the path.
    /// </summary>
    public static string RatingSegment(decimal stars)
    {
        var whole = (int)decimal.Truncate(stars);
        var half = stars - whole == 0.5m;
        var text = (whole == 0 ? string.Empty : whole.ToString(CultureInfo.InvariantCulture)) + (half ? "½" : string.Empty);
        return Uri.EscapeDataString(text);
    }
}
