using Rustboxd.Parsing;

namespace Rustboxd.Tests.Parsing;

public sealed class MemberProfileParserTests
{
    public static TheoryData<string> Profiles => Corpus.FilesOfKind("profile");

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Reads_every_verified_fact_of_each_captured_profile(string file)
    {
        var page = Corpus.Page(file);
        var context = new ParseContext(Corpus.UrlOf(page), page.String("username"));

        var member = MemberProfileParser.Parse(Corpus.Read(file), context);

        Assert.Equal(page.String("username"), member.UserName);
        Assert.Equal(page.String("display_name"), member.DisplayName);
        Assert.Equal(page.Int("films"), member.FilmCount);
        Assert.Equal(page.Int("lists"), member.ListCount);
        Assert.Equal(page.Int("following"), member.FollowingCount);
        Assert.Equal(page.Int("followers"), member.FollowerCount);
        if (page.Has("this_year"))
        {
            Assert.Equal(page.Int("this_year"), member.ThisYearCount);
        }

        Assert.Equal(page.Strings("favourites"), member.FavouriteFilms.Select(f => f.Slug));
        Assert.All(member.FavouriteFilms, f => Assert.NotNull(f.Title));
        Assert.All(member.FavouriteFilms, f => Assert.NotNull(f.Year));
        Assert.StartsWith("https://", member.AvatarUrl);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Reads_the_2026_profile_label_for_the_year_count()
    {
        var member = Parse("profile/profile-2026-01.html", "sampleuser7");

        Assert.Equal(6, member.ThisYearCount);
        Assert.Equal("In 2025", member.ThisYearLabel);
        Assert.Null(member.Bio);
        Assert.Null(member.Membership);
    }

    [Fact]
    public void Reads_bio_location_and_website_but_not_social_links()
    {
        var member = Parse("profile/profile-2025-10.html", "sampleuser124");

        Assert.Equal(117, member.ThisYearCount);
        Assert.Equal("This year", member.ThisYearLabel);
        // The <br> in the bio stays a line break.
        Assert.Equal($"Sample bio line.{Environment.NewLine}Meu blog", member.Bio);
        Assert.Equal("Sample City", member.Location);
        Assert.Null(member.Website);
        Assert.Equal(1972, member.FollowerCount);
    }

    [Fact]
    public void Reads_the_favourite_film_ids_from_the_2026_json_identifier()
    {
        var member = Parse("profile/profile-2026-01.html", "sampleuser7");

        var aftersun = member.FavouriteFilms[0];
        Assert.Equal("Aftersun", aftersun.Title);
        Assert.Equal(2022, aftersun.Year);
        Assert.Equal(868558, aftersun.LetterboxdId);
        Assert.Equal("Arw0", aftersun.ShortId);
    }

    [Fact]
    public void A_profile_without_statistics_still_loads_and_warns()
    {
        const string html = """
            <html><body data-owner="someone"><section class="profile-header" data-person="someone">
            <div class="profile-name-and-actions"><h1 class="person-display-name">
            <span class="displayname">Some One</span></h1><span class="badge -patron">Patron</span></div>
            </section></body></html>
            """;
        var context = new ParseContext(new Uri("https://letterboxd.com/someone/"), "someone");

        var member = MemberProfileParser.Parse(html, context);

        Assert.Equal("someone", member.UserName);
        Assert.Equal("Some One", member.DisplayName);
        Assert.Equal("Patron", member.Membership);
        Assert.Null(member.FilmCount);
        Assert.Empty(member.FavouriteFilms);
        Assert.Contains(context.Warnings, w => w.Contains("statistics", StringComparison.Ordinal));
    }

    [Fact]
    public void A_favourites_section_without_posters_gives_an_empty_list_not_an_error()
    {
        const string html = """
            <html><body><section class="profile-header" data-person="someone"></section>
            <section id="favourites"><ul class="poster-list"></ul></section></body></html>
            """;

        var member = MemberProfileParser.Parse(html, new ParseContext(new Uri("https://letterboxd.com/someone/"), "someone"));

        Assert.Empty(member.FavouriteFilms);
    }

    [Theory]
    [InlineData("profile/profile-2025-10.html", "sampleuser124", 697)]
    [InlineData("profile/profile-2026-01.html", "sampleuser7", 415)]
    public void Reads_the_watchlist_count_of_a_public_watchlist(string file, string member, int count)
    {
        var profile = Parse(file, member);

        Assert.Equal(count, profile.WatchlistCount);
        Assert.False(profile.WatchlistPrivate);
    }

    [Fact]
    public void A_profile_whose_watchlist_is_private_still_loads_and_says_so()
    {
        // Bug-log BL-03: the profile must not depend on the watchlist page, which answers 403.
        var html = Corpus.ReadSynthetic("members/privatemember-profile.html");

        var member = MemberProfileParser.Parse(html, new ParseContext(new Uri("https://letterboxd.com/privatemember/"), "privatemember"));

        Assert.Equal("Private Member", member.DisplayName);
        Assert.Equal(12, member.FilmCount);
        Assert.True(member.WatchlistPrivate);
        Assert.Null(member.WatchlistCount);
    }

    private static Rustboxd.Models.Member Parse(string file, string target) =>
        MemberProfileParser.Parse(Corpus.Read(file), new ParseContext(Corpus.UrlOf(Corpus.Page(file)), target));
}
