using Rustboxd.Errors;
using Rustboxd.Routing;

namespace Rustboxd.Tests.Routing;

public sealed class LetterboxdInputTests
{
    [Theory]
    [InlineData("sampleuser7", "sampleuser7")]
    [InlineData("SampleUser7", "sampleuser7")]
    [InlineData("ab", "ab")]
    [InlineData("under_score_15c", "under_score_15c")]
    public void Accepts_user_names_letterboxd_allows_and_lower_cases_them(string input, string expected)
    {
        Assert.Equal(expected, LetterboxdInput.UserName(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("sixteen_letters_")]
    [InlineData("bad name")]
    [InlineData("../admin")]
    [InlineData("user%2Fx")]
    [InlineData("user?x=1")]
    [InlineData("usér")]
    [InlineData("user\n")]
    [InlineData(null)]
    public void Refuses_other_user_names_naming_the_input(string? input)
    {
        var error = Assert.Throws<InvalidInputException>(() => LetterboxdInput.UserName(input));

        Assert.Equal(ErrorIds.InvalidUserName, error.ErrorId);
        Assert.Equal(input, error.Target);
    }

    [Theory]
    [InlineData("mulholland-drive", "mulholland-drive")]
    [InlineData("Mulholland-Drive", "mulholland-drive")]
    [InlineData("https://letterboxd.com/film/mulholland-drive/", "mulholland-drive")]
    [InlineData("https://letterboxd.com/film/mulholland-drive", "mulholland-drive")]
    [InlineData("/film/the-zone-of-interest/", "the-zone-of-interest")]
    [InlineData("8-1-2", "8-1-2")]
    public void Accepts_slugs_and_film_addresses(string input, string expected)
    {
        Assert.Equal(expected, LetterboxdInput.FilmSlug(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("../etc/passwd")]
    [InlineData("https://example.com/film/x/")]
    [InlineData("https://letterboxd.com/film/x/?q=1")]
    [InlineData("https://letterboxd.com/sampleuser7/")]
    [InlineData("slug%2F..")]
    public void Refuses_other_slugs(string input)
    {
        Assert.Equal(ErrorIds.InvalidSlug, Assert.Throws<InvalidInputException>(() => LetterboxdInput.FilmSlug(input)).ErrorId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.25)]
    [InlineData(4.2)]
    [InlineData(5.5)]
    [InlineData(-1)]
    public void Refuses_ratings_off_the_half_star_scale(double rating)
    {
        var error = Assert.Throws<InvalidInputException>(() => LetterboxdInput.Rating((decimal)rating));

        Assert.Equal(ErrorIds.InvalidRating, error.ErrorId);
    }
}

public sealed class SitePathsTests
{
    [Theory]
    [InlineData(null, 1, "/member/films/")]
    [InlineData(null, 2, "/member/films/page/2/")]
    [InlineData(4.5, 1, "/member/films/rated/4%C2%BD/")]
    [InlineData(0.5, 3, "/member/films/rated/%C2%BD/page/3/")]
    [InlineData(5.0, 1, "/member/films/rated/5/")]
    public void Builds_member_film_paths_the_way_letterboxd_links_them(double? rating, int page, string expected)
    {
        Assert.Equal(expected, SitePaths.MemberFilms("member", (decimal?)rating, page));
    }

    [Fact]
    public void Builds_film_and_fragment_paths()
    {
        Assert.Equal("/film/mulholland-drive/", SitePaths.Film("mulholland-drive"));
        Assert.Equal("/csi/film/mulholland-drive/ratings-summary/", SitePaths.FilmRatingsSummary("mulholland-drive"));
    }

    [Fact]
    public void Builds_review_paths_and_the_full_text_fragment_path()
    {
        Assert.Equal("/member/films/reviews/", SitePaths.MemberReviews("member"));
        Assert.Equal("/member/films/reviews/page/13/", SitePaths.MemberReviews("member", 13));
        Assert.Equal("/member/likes/reviews/page/2/", SitePaths.MemberLikedReviews("member", 2));
        Assert.Equal("/s/full-text/viewing:1012371142/", SitePaths.FullText("viewing", 1012371142));
        Assert.Throws<ArgumentException>(() => SitePaths.FullText("../x", 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SitePaths.FullText("viewing", 0));
    }

    [Fact]
    public void Refuses_page_zero()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SitePaths.WithPage("/member/films/", 0));
    }
}
