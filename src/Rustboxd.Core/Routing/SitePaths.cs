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

    /// <summary>The member's lists index, 12 lists a page.</summary>
    public static string MemberLists(string userName, int page = 1) => WithPage($"/{userName}/lists/", page);

    /// <summary>The lists the member liked, 12 a page.</summary>
    public static string MemberLikedLists(string userName, int page = 1) => WithPage($"/{userName}/likes/lists/", page);

    /// <summary>
    /// One of the member's lists, 100 entries a page. Always with its trailing slash: without it Letterboxd answers
    /// 403 (bug-log BL-05). The detail view (detail/) is the one that shows each entry's notes.
    /// </summary>
    public static string List(string userName, string listSlug, int page = 1, bool detail = false) =>
        WithPage(detail ? $"/{userName}/list/{listSlug}/detail/" : $"/{userName}/list/{listSlug}/", page);

    /// <summary>The fragment holding a film's rating histogram, average and fan count.</summary>
    public static string FilmRatingsSummary(string slug) => $"/csi/film/{slug}/ratings-summary/";

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
