using System.Globalization;
using System.Text;
using Rustboxd.Models;

namespace Rustboxd.Routing;

/// <summary>Addresses of film look-ups, a film's sub-pages and fragments, search, browsing and filmographies.</summary>
public static partial class SitePaths
{
    private const string BrowserListFragment = "/csi/films/films-browser-list/";

    /// <summary>
    /// The address that redirects a TMDB id to its film: /tmdb/ID/ for a movie. For a TV series the path is
    /// /tmdb/tv/ID/, which no capture or source confirms yet (see docs/help/Get-LetterboxdFilm.md).
    /// </summary>
    public static string TmdbLookup(long tmdbId, TmdbKind kind) => kind == TmdbKind.Tv
        ? $"/tmdb/tv/{Number(tmdbId)}/"
        : $"/tmdb/{Number(tmdbId)}/";

    /// <summary>The address that redirects an IMDb title id (tt0166924) to its film.</summary>
    public static string ImdbLookup(string imdbId) => $"/imdb/{imdbId}/";

    /// <summary>The fragment holding a film's watched, lists and likes counts, for pages that do not name it.</summary>
    public static string FilmStatistics(string slug) => $"/csi/film/{slug}/stats/";

    /// <summary>A film's reviews: popular ones (by/activity/, as the film page's "More" link) or the newest first.</summary>
    public static string FilmReviews(string slug, ReviewSort order, int page = 1) =>
        WithPage(order == ReviewSort.Recent ? $"/film/{slug}/reviews/by/added/" : $"/film/{slug}/reviews/by/activity/", page);

    /// <summary>A film's fans (/fans/) or the members who watched it (/members/), 25 a page.</summary>
    public static string FilmMembers(string slug, MemberRelationship relationship, int page = 1) => relationship switch
    {
        MemberRelationship.Fans => WithPage($"/film/{slug}/fans/", page),
        MemberRelationship.Watchers => WithPage($"/film/{slug}/members/", page),
        _ => throw new ArgumentOutOfRangeException(nameof(relationship), relationship, "A film has fans and watchers."),
    };

    /// <summary>The lists that contain a film, most popular first, 12 a page.</summary>
    public static string FilmLists(string slug, int page = 1) => WithPage($"/film/{slug}/lists/by/popular/", page);

    /// <summary>The films Letterboxd calls similar to a film.</summary>
    public static string SimilarFilms(string slug, int page = 1) => WithPage($"/film/{slug}/similar/", page);

    /// <summary>
    /// A browse page: /films/popular/[this/week/][year/2024/ or decade/1960s/][genre/crime+drama+-horror/][on/netflix/],
    /// in the order Letterboxd's own browse links write the segments.
    /// </summary>
    public static string BrowseFilms(FilmBrowse browse, int page = 1)
    {
        var path = new StringBuilder("/films/popular/");
        path.Append(browse.Period switch
        {
            PopularPeriod.Week => "this/week/",
            PopularPeriod.Month => "this/month/",
            PopularPeriod.Year => "this/year/",
            _ => string.Empty,
        });

        if (browse.Year is { } year)
        {
            path.Append(CultureInfo.InvariantCulture, $"year/{year:D4}/");
        }
        else if (browse.Decade is { } decade)
        {
            path.Append(CultureInfo.InvariantCulture, $"decade/{decade:D4}s/");
        }

        if (browse.Genres.Count > 0 || browse.ExcludedGenres.Count > 0)
        {
            path.Append("genre/")
                .Append(string.Join('+', browse.Genres.Concat(browse.ExcludedGenres.Select(genre => "-" + genre))))
                .Append('/');
        }

        if (browse.Service is { } service)
        {
            path.Append(CultureInfo.InvariantCulture, $"on/{service}/");
        }

        return WithPage(path.ToString(), page);
    }

    /// <summary>
    /// Where the poster grid of a browse page lives since April 2026 (/csi/films/films-browser-list/...), for a page
    /// that names no fragment or names the retired /films/ajax/... one (bug-log BL-15). Null for other paths.
    /// </summary>
    public static string? BrowseFragment(string path)
    {
        var queryStart = path.IndexOf('?', StringComparison.Ordinal);
        var bare = queryStart < 0 ? path : path[..queryStart];
        var query = queryStart < 0 ? string.Empty : path[queryStart..];
        if (bare.StartsWith("/films/ajax/", StringComparison.Ordinal))
        {
            return BrowserListFragment + bare["/films/ajax/".Length..] + query;
        }

        if (bare.StartsWith("/films/", StringComparison.Ordinal))
        {
            return BrowserListFragment + bare["/films/".Length..] + query;
        }

        // A film's similar films are the browse list "like/SLUG/" (/films/like/SLUG/ on the site).
        var similar = bare.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return similar is ["film", var slug, "similar", .. var rest]
            ? BrowserListFragment + $"like/{slug}/" + string.Concat(rest.Select(part => part + "/"))
            : null;
    }

    /// <summary>Page N of a fragment address that may carry a query: page/N/ goes before the query.</summary>
    public static string FragmentPage(string fragment, int page)
    {
        var query = fragment.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? WithPage(fragment, page) : WithPage(fragment[..query], page) + fragment[query..];
    }

    /// <summary>
    /// Search results, page 1 or the page a cursor names: /s/search/FILTER/QUERY/[?cursor=...]. The query and the
    /// cursor are percent-encoded, so nothing in them can add a path segment.
    /// </summary>
    public static string Search(SearchType type, string query, string? cursor = null)
    {
        var filter = type switch
        {
            SearchType.Member => "members",
            SearchType.List => "lists",
            SearchType.Person => "cast-crew",
            _ => "films",
        };

        var path = $"/s/search/{filter}/{Uri.EscapeDataString(query)}/";
        return string.IsNullOrEmpty(cursor) ? path : $"{path}?cursor={Uri.EscapeDataString(cursor)}";
    }

    /// <summary>A person's films in one role: /actor/NAME/, /director/NAME/, /executive-producer/NAME/.</summary>
    public static string Filmography(ContributorRole role, string person, int page = 1) =>
        WithPage($"/{RoleSegment(role)}/{person}/", page);

    /// <summary>The address segment of a role: ExecutiveProducer is "executive-producer".</summary>
    public static string RoleSegment(ContributorRole role)
    {
        var name = role.ToString();
        var segment = new StringBuilder(name.Length + 4);
        for (var index = 0; index < name.Length; index++)
        {
            if (char.IsUpper(name[index]) && index > 0)
            {
                segment.Append('-');
            }

            segment.Append(char.ToLowerInvariant(name[index]));
        }

        return segment.ToString();
    }

    /// <summary>The role whose address segment this is ("executive-producer"); null for one Rustboxd does not know.</summary>
    public static ContributorRole? RoleFromSegment(string? segment) =>
        Enum.GetValues<ContributorRole>().Select(role => (ContributorRole?)role)
            .FirstOrDefault(role => RoleSegment(role!.Value) == segment);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
