using System.Text.Json;
using AngleSharp.Html.Parser;
using Rustboxd.Parsing;

namespace Rustboxd.Tests.Parsing;

/// <summary>
/// The films grid is read from its poster region alone when the page shows that region plainly; these tests hold it
/// to giving exactly what the whole page gives, and to parsing the whole page whenever it cannot be sure.
/// </summary>
public sealed class GridRegionTests
{
    // Every captured and synthetic HTML page, whatever its kind: a page that is no grid must read the same too.
    public static TheoryData<string> EveryPage
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.GetFiles(Corpus.Root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(Corpus.Root, file));
            }

            foreach (var file in Directory.GetFiles(Corpus.SyntheticRoot, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add("synthetic:" + Path.GetRelativePath(Corpus.SyntheticRoot, file));
            }

            return data;
        }
    }

    public static TheoryData<string> WholeCapturedGrids => new()
    {
        "films/films-grid-2023-03.html",
        "films/films-grid-2025-10.html",
        "films/films-grid-2026-01.html",
        "films/films-grid-loggedin-2025-12.html",
        "likes/likes-films-2026-01.html",
    };

    [Theory]
    [MemberData(nameof(EveryPage))]
    public void Reads_every_page_exactly_as_the_whole_document_does(string file)
    {
        var html = file.StartsWith("synthetic:", StringComparison.Ordinal)
            ? Corpus.ReadSynthetic(file["synthetic:".Length..])
            : Corpus.Read(file);

        var (fromText, textContext) = ParseText(html);
        var (fromDocument, documentContext) = ParseWholeDocument(html);

        Assert.Equal(Json(fromDocument), Json(fromText));
        Assert.Equal(documentContext.Warnings, textContext.Warnings);
    }

    [Theory]
    [MemberData(nameof(WholeCapturedGrids))]
    public void Parses_only_the_poster_region_of_each_whole_captured_grid(string file)
    {
        var html = Corpus.Read(file);

        var region = GridRegion.Find(html);
        var (grid, context) = ParseText(html);

        Assert.NotNull(region);
        Assert.True(region.Length < html.Length * 0.8, $"the region is {region.Length} of {html.Length} characters");
        Assert.Contains(context.Traces, t => t.StartsWith("films grid: parsed the poster region only", StringComparison.Ordinal));
        Assert.Equal(72, grid.Entries.Count);
    }

    [Fact]
    public void Finds_the_region_from_the_content_navigation_to_the_end_of_the_pagination()
    {
        var region = GridRegion.Find(Page());

        Assert.NotNull(region);
        Assert.StartsWith("<!DOCTYPE html><section id=\"content-nav\">", region, StringComparison.Ordinal);
        Assert.EndsWith("<li class=\"paginate-page\"><a href=\"/m/films/page/2/\">2</a></li></ul></div></div>", region, StringComparison.Ordinal);
        Assert.DoesNotContain("footer", region, StringComparison.Ordinal);
    }

    [Fact]
    public void Ends_the_region_with_the_list_when_the_grid_has_no_pagination()
    {
        var region = GridRegion.Find(Page(pagination: string.Empty));

        Assert.NotNull(region);
        Assert.EndsWith("</li></ul>", region, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no content navigation", "", "", "")]
    [InlineData("a second pagination in the footer", "", "", "<div class=\"pagination\"></div>")]
    [InlineData("a script left open before the grid", "<script>var x = '", "", "")]
    [InlineData("a comment left open before the grid", "<!-- ", "", "")]
    [InlineData("an aside still open around the grid", "<aside class=\"promo\">", "", "")]
    [InlineData("a table still open around the grid", "<table><tr><td>", "", "")]
    [InlineData("a favourites section before the grid", "<section id=\"favourites\"></section>", "", "")]
    public void Parses_the_whole_page_when_the_region_is_not_plain(string why, string before, string inList, string footer)
    {
        var html = why == "no content navigation"
            ? Page().Replace("id=\"content-nav\"", "id=\"other-nav\"", StringComparison.Ordinal)
            : Page(before: before, inList: inList, footer: footer);

        Assert.Null(GridRegion.Find(html));
        var (fromText, _) = ParseText(html);
        var (fromDocument, _) = ParseWholeDocument(html);
        Assert.Equal(Json(fromDocument), Json(fromText));
    }

    [Fact]
    public void Widens_the_region_to_a_poster_that_follows_the_pagination()
    {
        var html = Page(footer: "<ul><li class=\"griditem\"><div data-item-slug=\"late\"></div></li></ul>");

        var (grid, _) = ParseText(html);

        Assert.Contains("data-item-slug=\"late\"", GridRegion.Find(html), StringComparison.Ordinal);
        Assert.Equal(["first", "second", "late"], grid.Entries.Select(e => e.Film.Slug));
    }

    [Fact]
    public void Steps_over_scripts_and_quoted_attributes_that_hold_markup_before_the_grid()
    {
        var before = "<script>document.write('<table><aside>');</script><div data-x=\"a > b <table>\"></div>" +
            "<!-- <table> --><aside class=\"figure\"></aside>";

        var region = GridRegion.Find(Page(before: before));

        Assert.NotNull(region);
    }

    [Fact]
    public void Still_reports_markup_drift_when_the_poster_classes_change()
    {
        var drifted = Page().Replace("griditem", "grid-tile", StringComparison.Ordinal);

        var (grid, _) = ParseText(drifted);

        Assert.Null(GridRegion.Find(drifted));
        Assert.Empty(grid.Entries);
        Assert.Equal(150, grid.StatedTotal);
    }

    private static string Page(string before = "", string inList = "", string footer = "", string? pagination = null)
    {
        pagination ??= "<div class=\"pagination\"><div class=\"paginate-nextprev\"><a class=\"next\" href=\"/m/films/page/2/\">" +
            "Older</a></div><div class=\"paginate-pages\"><ul><li class=\"paginate-page paginate-current\"><span>1</span>" +
            "</li><li class=\"paginate-page\"><a href=\"/m/films/page/2/\">2</a></li></ul></div></div>";
        return "<!DOCTYPE html><html><head><title>m’s films</title><script>var page = '<ul>';</script></head><body>" +
            "<header><nav><ul><li>Films</li></ul></nav></header><div id=\"content\">" + before +
            "<section id=\"content-nav\"><h1 class=\"section-heading\"><a class=\"tooltip\" title=\"150&nbsp;films\">" +
            "Watched</a></h1></section><div class=\"poster-grid\"><ul class=\"grid\">" + inList +
            "<li class=\"griditem\"><div class=\"react-component\" data-item-slug=\"first\" data-item-name=\"First (2001)\">" +
            "</div><p class=\"poster-viewingdata\"><span class=\"rating -micro rated-8\">★★★★</span></p></li>" +
            "<li class=\"griditem\"><div class=\"react-component\" data-item-slug=\"second\" data-item-name=\"Second (2002)\">" +
            "</div></li></ul></div>" + pagination + "</div><footer>" + footer + "</footer></body></html>";
    }

    private static (FilmGridPage Grid, ParseContext Context) ParseText(string html)
    {
        var context = NewContext();
        return (FilmGridParser.Parse(html, context), context);
    }

    private static (FilmGridPage Grid, ParseContext Context) ParseWholeDocument(string html)
    {
        var context = NewContext();
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        return (FilmGridParser.Parse(document, context), context);
    }

    private static ParseContext NewContext() => new(new Uri("https://letterboxd.com/m/films/"), "m");

    private static string Json(FilmGridPage grid) => JsonSerializer.Serialize(grid);
}
