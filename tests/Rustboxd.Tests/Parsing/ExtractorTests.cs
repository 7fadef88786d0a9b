using Rustboxd.Parsing;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Tests.Parsing;

public sealed class ExtractorTests
{
    [Theory]
    [InlineData("1,308", 1308L)]
    [InlineData("6.3K", 6300L)]
    [InlineData("12K", 12000L)]
    [InlineData("1.2M", 1200000L)]
    [InlineData(" 75K fans", 75000L)]
    [InlineData("4,398 half-★ ratings (0%)", 4398L)]
    [InlineData("1,972", 1972L)]
    [InlineData("367\u00a0films", 367L)]
    [InlineData("0", 0L)]
    public void Reads_numbers_as_letterboxd_writes_them(string text, long expected) =>
        Assert.Equal(expected, SiteNumber.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("no digits")]
    [InlineData(null)]
    public void Gives_null_when_there_is_no_number(string? text) => Assert.Null(SiteNumber.Parse(text));

    [Theory]
    [InlineData("rating -micro -darker rated-1", 0.5)]
    [InlineData("rating rated-3", 1.5)]
    [InlineData("rating rated-7", 3.5)]
    [InlineData("rated-9 rating", 4.5)]
    [InlineData("rating rated-10", 5.0)]
    public void Reads_every_half_star_rating_class(string className, double stars) =>
        Assert.Equal((decimal)stars, RatingClass.FromClassName(className));

    [Theory]
    [InlineData("rating")]
    [InlineData("rating rated-0")]
    [InlineData("rating rated-11")]
    [InlineData("rating unrated-4")]
    public void A_missing_or_impossible_rating_class_is_no_rating_not_zero(string className) =>
        Assert.Null(RatingClass.FromClassName(className));

    [Theory]
    [InlineData("Lilya 4-ever (2002)", "Lilya 4-ever", 2002)]
    [InlineData("Poster for Weapons (2025)", "Weapons", 2025)]
    [InlineData("Oslo, August 31st (2011)", "Oslo, August 31st", 2011)]
    [InlineData("What Happened Was... (1994)", "What Happened Was...", 1994)]
    [InlineData("(500) Days of Summer (2009)", "(500) Days of Summer", 2009)]
    [InlineData("Mafia Mamma", "Mafia Mamma", null)]
    public void Splits_a_display_name_into_title_and_year(string name, string title, int? year) =>
        Assert.Equal((title, year), PosterExtractor.SplitTitleAndYear(name));

    [Theory]
    [InlineData("/film/love-simon/", "love-simon")]
    [InlineData("/sampleuser105/film/love-simon/1/", "love-simon")]
    [InlineData("/sampleuser105/film/f1/", "f1")]
    [InlineData("/film/f1/image-150/", "f1")]
    [InlineData("/sampleuser1/list/films/", null)]
    public void Takes_the_slug_from_a_film_address_by_pattern_not_position(string path, string? slug) =>
        Assert.Equal(slug, PosterExtractor.SlugFromPath(path));

    [Theory]
    [InlineData("https://letterboxd.com/sampleuser124/films/page/2/", "/sampleuser124/films/page/2/")]
    [InlineData("/film/x/", "/film/x/")]
    [InlineData("https://example.com/film/x/", null)]
    [InlineData("//evil.example/film/x/", null)]
    [InlineData("https://notletterboxd.com/film/x/", null)]
    [InlineData("https://a.letterboxd.com/film/x/", "/film/x/")]
    public void Reads_links_of_saved_and_served_pages_as_site_paths(string href, string? path) =>
        Assert.Equal(path, HtmlPage.SitePath(href));

    [Fact]
    public void A_page_with_only_an_older_link_has_an_unknown_last_page()
    {
        var document = HtmlPage.Parse("""
            <div class="pagination"><div class="paginate-nextprev"><a class="next" href="/a/followers/page/2/">Older</a></div></div>
            """);

        var pagination = Pagination.From(document);

        Assert.Null(pagination.LastPage);
        Assert.Equal("/a/followers/page/2/", pagination.NextPath);
    }

    [Fact]
    public void A_page_without_pagination_is_a_single_page()
    {
        var pagination = Pagination.From(HtmlPage.Parse("<ul class='grid'></ul>"));

        Assert.Equal(1, pagination.LastPage);
        Assert.Null(pagination.NextPath);
    }
}
