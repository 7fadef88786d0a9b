using System.Globalization;
using Rustboxd.Models;

namespace Rustboxd.Routing;

/// <summary>
/// The one place where site addresses are built. Every path is site-relative, starts and ends with a
/// slash, never holds a double slash, and only ever contains input that <see cref="LetterboxdInput"/>
/// has validated (user names lower-cased, slugs checked).
/// </summary>
public static partial class SitePaths
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

    public static string MemberWatchlist(string userName, int page = 1) => WithPage($"/{userName}/watchlist/", page);

    /// <summary>The members who follow the member (followers), or whom the member follows (following).</summary>
    public static string MemberNetwork(string userName, MemberRelationship relationship, int page = 1) =>
        WithPage(relationship == MemberRelationship.Followers ? $"/{userName}/followers/" : $"/{userName}/following/", page);

    /// <summary>
    /// The fragment the activity page loads: the member's own activity, or that of the members they follow;
    /// older batches with ?after=ID, the id of the last entry already read.
    /// </summary>
    public static string MemberActivity(string userName, bool following = false, long? after = null)
    {
        var path = following ? $"/ajax/activity-pagination/{userName}/following/" : $"/ajax/activity-pagination/{userName}/";
        return after is null ? path : $"{path}?after={after.Value.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The member's tags of one kind: films, diary, reviews or lists.</summary>
    public static string MemberTags(string userName, TagKind kind) =>
        $"/{userName}/tags/{kind.ToString().ToLowerInvariant()}/";

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

    /// <summary>
    /// The member's diary as the site addresses it since 2026: page 1 at /USER/diary/ (the address the page gives
    /// as its own og:url), later pages and date filters under /USER/diary/films/ (where its pagination and date
    /// links point): /USER/diary/films/for/YYYY/[MM/][page/N/].
    /// </summary>
    public static string Diary(string userName, int? year = null, int? month = null, int page = 1)
    {
        var path = WithPage(DiaryPeriod($"/{userName}/diary/films/", year, month), page);
        return year is null && page == 1 ? $"/{userName}/diary/" : path;
    }

    /// <summary>The member's diary at its address until 2025: /USER/films/diary/[for/YYYY/[MM/]][page/N/].</summary>
    public static string LegacyDiary(string userName, int? year = null, int? month = null, int page = 1) =>
        WithPage(DiaryPeriod($"/{userName}/films/diary/", year, month), page);

    /// <summary>The member's RSS feed: the latest diary entries (with review text) and lists.</summary>
    public static string MemberFeed(string userName) => $"/{userName}/rss/";

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

    // for/2025/ or for/2025/03/: a month is always two digits, as the diary's own date links write it.
    private static string DiaryPeriod(string diary, int? year, int? month)
    {
        if (year is null)
        {
            // LetterboxdInput.DiaryPeriod refuses a month without a year before anything is built.
            return month is null ? diary : throw new ArgumentException("A month needs a year.", nameof(month));
        }

        var path = $"{diary}for/{year.Value.ToString("D4", CultureInfo.InvariantCulture)}/";
        return month is null ? path : $"{path}{month.Value.ToString("D2", CultureInfo.InvariantCulture)}/";
    }
}
