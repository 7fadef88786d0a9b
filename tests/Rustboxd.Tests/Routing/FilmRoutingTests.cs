using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Routing;

namespace Rustboxd.Tests.Routing;

/// <summary>Addresses of look-ups, a film's sub-pages, browsing, search and filmographies, and the input they take.</summary>
public sealed class FilmRoutingTests
{
    [Fact]
    public void Builds_look_up_and_film_sub_page_addresses_with_a_trailing_slash()
    {
        Assert.Equal("/tmdb/1018/", SitePaths.TmdbLookup(1018, TmdbKind.Movie));
        Assert.Equal("/tmdb/tv/1399/", SitePaths.TmdbLookup(1399, TmdbKind.Tv));
        Assert.Equal("/imdb/tt0166924/", SitePaths.ImdbLookup("tt0166924"));
        Assert.Equal("/csi/film/x/stats/", SitePaths.FilmStatistics("x"));
        Assert.Equal("/film/x/reviews/by/activity/", SitePaths.FilmReviews("x", ReviewSort.Popular));
        Assert.Equal("/film/x/reviews/by/added/page/3/", SitePaths.FilmReviews("x", ReviewSort.Recent, 3));
        Assert.Equal("/film/x/fans/", SitePaths.FilmMembers("x", MemberRelationship.Fans));
        Assert.Equal("/film/x/members/page/2/", SitePaths.FilmMembers("x", MemberRelationship.Watchers, 2));
        Assert.Equal("/film/x/lists/by/popular/page/2/", SitePaths.FilmLists("x", 2));
        Assert.Equal("/film/x/similar/", SitePaths.SimilarFilms("x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => SitePaths.FilmMembers("x", MemberRelationship.Followers));
    }

    [Theory]
    [InlineData(PopularPeriod.AllTime, null, null, "", "", null, "/films/popular/")]
    [InlineData(PopularPeriod.Week, null, null, "", "", null, "/films/popular/this/week/")]
    [InlineData(PopularPeriod.AllTime, null, 1960, "crime,drama", "science-fiction", null,
        "/films/popular/decade/1960s/genre/crime+drama+-science-fiction/")]
    [InlineData(PopularPeriod.Month, null, null, "horror", "", "mubi", "/films/popular/this/month/genre/horror/on/mubi/")]
    [InlineData(PopularPeriod.Year, 2024, null, "", "", "netflix", "/films/popular/this/year/year/2024/on/netflix/")]
    public void Builds_browse_addresses_in_the_order_letterboxd_writes_them(
        PopularPeriod period, int? year, int? decade, string genres, string excluded, string? service, string expected)
    {
        var browse = new FilmBrowse
        {
            Period = period,
            Year = year,
            Decade = decade,
            Genres = genres.Split(',', StringSplitOptions.RemoveEmptyEntries),
            ExcludedGenres = excluded.Split(',', StringSplitOptions.RemoveEmptyEntries),
            Service = service,
        };

        Assert.Equal(expected, SitePaths.BrowseFilms(browse));
        Assert.Equal(expected + "page/2/", SitePaths.BrowseFilms(browse, 2));
    }

    [Theory]
    [InlineData("/films/ajax/popular/this/week/?esiAllowFilters=true",
        "/csi/films/films-browser-list/popular/this/week/?esiAllowFilters=true")]
    [InlineData("/films/popular/genre/horror/", "/csi/films/films-browser-list/popular/genre/horror/")]
    [InlineData("/film/mulholland-drive/similar/", "/csi/films/films-browser-list/like/mulholland-drive/")]
    [InlineData("/actor/x/", null)]
    public void Knows_the_successor_of_the_retired_browse_fragment(string path, string? expected) =>
        Assert.Equal(expected, SitePaths.BrowseFragment(path));

    [Fact]
    public void Puts_the_page_of_a_fragment_before_its_query()
    {
        Assert.Equal("/csi/films/films-browser-list/popular/page/2/?esiAllowFilters=true",
            SitePaths.FragmentPage("/csi/films/films-browser-list/popular/?esiAllowFilters=true", 2));
        Assert.Equal("/csi/x/page/3/", SitePaths.FragmentPage("/csi/x/", 3));
    }

    [Theory]
    [InlineData(SearchType.Film, "mulholland drive", null, "/s/search/films/mulholland%20drive/")]
    [InlineData(SearchType.Member, "synth", null, "/s/search/members/synth/")]
    [InlineData(SearchType.List, "a/b?c", null, "/s/search/lists/a%2Fb%3Fc/")]
    [InlineData(SearchType.Person, "lynch", "abc=/&", "/s/search/cast-crew/lynch/?cursor=abc%3D%2F%26")]
    public void Encodes_the_query_and_the_cursor_of_a_search(SearchType type, string query, string? cursor, string expected) =>
        Assert.Equal(expected, SitePaths.Search(type, query, cursor));

    [Theory]
    [InlineData(ContributorRole.Actor, "/actor/x/")]
    [InlineData(ContributorRole.ExecutiveProducer, "/executive-producer/x/")]
    [InlineData(ContributorRole.CostumeDesign, "/costume-design/x/")]
    [InlineData(ContributorRole.AdditionalPhotography, "/additional-photography/x/")]
    public void Builds_filmography_addresses_from_the_role(ContributorRole role, string expected)
    {
        Assert.Equal(expected, SitePaths.Filmography(role, "x"));
        Assert.Equal(role, SitePaths.RoleFromSegment(expected.Split('/')[1]));
    }

    [Theory]
    [InlineData("tt0166924", "tt0166924")]
    [InlineData("TT0166924", "tt0166924")]
    [InlineData("https://www.imdb.com/title/tt0166924/", "tt0166924")]
    public void Accepts_imdb_ids_and_addresses(string input, string expected) =>
        Assert.Equal(expected, LetterboxdInput.ImdbId(input));

    [Theory]
    [InlineData("michael-fassbender", "michael-fassbender")]
    [InlineData("https://letterboxd.com/actor/michael-fassbender/", "michael-fassbender")]
    [InlineData("/director/david-lynch/", "david-lynch")]
    public void Accepts_person_slugs_and_addresses(string input, string expected) =>
        Assert.Equal(expected, LetterboxdInput.PersonSlug(input));

    public static TheoryData<Action, string> Refused => new()
    {
        { () => LetterboxdInput.TmdbId(0), ErrorIds.InvalidTmdbId },
        { () => LetterboxdInput.TmdbId(-5), ErrorIds.InvalidTmdbId },
        { () => LetterboxdInput.ImdbId("0166924"), ErrorIds.InvalidImdbId },
        { () => LetterboxdInput.ImdbId("tt12"), ErrorIds.InvalidImdbId },
        { () => LetterboxdInput.ImdbId("tt0166924/../x"), ErrorIds.InvalidImdbId },
        { () => LetterboxdInput.ImdbId(null), ErrorIds.InvalidImdbId },
        { () => LetterboxdInput.PersonSlug("../etc"), ErrorIds.InvalidPersonSlug },
        { () => LetterboxdInput.PersonSlug("a b"), ErrorIds.InvalidPersonSlug },
        { () => LetterboxdInput.SearchQuery("   "), ErrorIds.InvalidSearchQuery },
        { () => LetterboxdInput.SearchQuery(new string('x', 101)), ErrorIds.InvalidSearchQuery },
        { () => LetterboxdInput.SearchQuery("a\u0000b"), ErrorIds.InvalidSearchQuery },
        { () => LetterboxdInput.Genre("crime/drama"), ErrorIds.InvalidGenre },
        { () => LetterboxdInput.Genre("%2F"), ErrorIds.InvalidGenre },
        { () => LetterboxdInput.StreamingService("net flix?"), ErrorIds.InvalidStreamingService },
        { () => LetterboxdInput.Decade("1965"), ErrorIds.InvalidDecade },
        { () => LetterboxdInput.Decade("1860s"), ErrorIds.InvalidDecade },
        { () => LetterboxdInput.Decade("sixties"), ErrorIds.InvalidDecade },
        { () => LetterboxdInput.FilmYear(1869), ErrorIds.InvalidYear },
        { () => LetterboxdInput.Relationship(MemberRelationship.Fans, ofFilm: false), ErrorIds.InvalidRelationship },
        { () => LetterboxdInput.Relationship(MemberRelationship.Followers, ofFilm: true), ErrorIds.InvalidRelationship },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refuses_bad_input_with_its_own_error_id(Action validate, string errorId) =>
        Assert.Equal(errorId, Assert.Throws<InvalidInputException>(validate).ErrorId);

    [Theory]
    [InlineData("1960s", 1960)]
    [InlineData("1960", 1960)]
    [InlineData("1870s", 1870)]
    public void Accepts_a_decade_with_or_without_its_s(string input, int expected) =>
        Assert.Equal(expected, LetterboxdInput.Decade(input));

    [Theory]
    [InlineData("Science Fiction", "science-fiction")]
    [InlineData("drama", "drama")]
    [InlineData("TV-Movie", "tv-movie")]
    public void Writes_genres_as_their_addresses_do(string input, string expected) =>
        Assert.Equal(expected, LetterboxdInput.Genre(input));
}
