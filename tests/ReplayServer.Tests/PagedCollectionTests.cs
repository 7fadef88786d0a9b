using System.Net;
using System.Text.RegularExpressions;

namespace Rustboxd.Replay.Tests;

public sealed partial class PagedCollectionTests
{
    private const string Films = "/sampleuser7/films/";

    [Fact]
    public void PagedOptionNamesAPathAndAPageCount()
    {
        var options = CommandLine.Parse(["--root", "/a", "--paged", "/m/films/=30", "--paged", "/n/watchlist/=2"]);

        Assert.Equal([new PagedRoute("/m/films/", 30), new PagedRoute("/n/watchlist/", 2)], options.Paged);
    }

    [Theory]
    [InlineData("/m/films/")]
    [InlineData("/m/films/=0")]
    [InlineData("/m/films/=10001")]
    [InlineData("/m/films/=thirty")]
    [InlineData("m/films/=3")]
    [InlineData("/m/films=3")]
    [InlineData("/m/films/page/2/=3")]
    public void BadPagedValuesAreRefusedWithAMessage(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--root", "/a", "--paged", value]));

        Assert.Contains("--paged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServesEveryPageWithPaginationThatSaysWhichOfHowMany()
    {
        await using var server = await StartAsync(new PagedRoute(Films, 30));
        using var client = TestServers.ClientFor(server);

        var first = await client.GetStringAsync("sampleuser7/films/");
        var middle = await client.GetStringAsync("sampleuser7/films/page/15/");
        var last = await client.GetStringAsync("sampleuser7/films/page/30/");

        Assert.Equal("1", Current(first));
        Assert.Equal("/sampleuser7/films/page/2/", Next(first));
        Assert.Equal("30", HighestPage(first));
        Assert.Equal("15", Current(middle));
        Assert.Equal("/sampleuser7/films/page/16/", Next(middle));
        Assert.Contains("<a class=\"previous\" href=\"/sampleuser7/films/page/14/\">", middle, StringComparison.Ordinal);
        Assert.Equal("30", Current(last));
        Assert.Null(Next(last));
    }

    [Fact]
    public async Task KeepsEverythingButThePaginationAsCaptured()
    {
        await using var server = await StartAsync(new PagedRoute(Films, 30));
        using var client = TestServers.ClientFor(server);

        var page = await client.GetStringAsync("sampleuser7/films/page/7/");

        var capture = await File.ReadAllTextAsync(Path.Combine(TestPaths.CapturedFixtures, "films/films-grid-2026-01.html"));
        Assert.Equal(WithoutPagination(capture), WithoutPagination(page));
        Assert.Equal(72, Regex.Matches(page, "<li class=\"griditem\">").Count);
    }

    [Fact]
    public async Task AnswersNotFoundAfterTheLastPageAndRecordsEveryRequest()
    {
        await using var server = await StartAsync(new PagedRoute(Films, 3));
        using var client = TestServers.ClientFor(server);

        using var beyond = await client.GetAsync("sampleuser7/films/page/4/");
        using var third = await client.GetAsync("sampleuser7/films/page/3/");

        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(["/sampleuser7/films/page/4/", "/sampleuser7/films/page/3/"], server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task RefusesToStartForAPathNoRootServes()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => StartAsync(new PagedRoute("/nobody/films/", 3)));

        Assert.Contains("/nobody/films/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesToStartForAPageWithoutPagination()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => StartAsync(new PagedRoute("/sampleuser7/", 3)));

        Assert.Contains("pagination", error.Message, StringComparison.Ordinal);
    }

    private static Task<ReplayServer> StartAsync(PagedRoute paged) =>
        ReplayServer.StartAsync(new ReplayServerOptions
        {
            Roots = [TestPaths.CapturedFixtures, TestPaths.SyntheticFixtures],
            Paged = [paged],
            LogWarningsToStandardError = false,
        });

    private static string? Current(string html) =>
        CurrentPage().Match(html) is { Success: true } match ? match.Groups[1].Value : null;

    private static string? Next(string html) => NextLink().Match(html) is { Success: true } match ? match.Groups[1].Value : null;

    private static string HighestPage(string html) =>
        PageLinks().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Max().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string WithoutPagination(string html) => PaginationBlock().Replace(html, string.Empty);

    [GeneratedRegex("<li class=\"paginate-page paginate-current\"><span>(\\d+)</span>")]
    private static partial Regex CurrentPage();

    [GeneratedRegex("<a class=\"next\" href=\"([^\"]+)\"")]
    private static partial Regex NextLink();

    [GeneratedRegex("<li class=\"paginate-page\"><a href=\"[^\"]+\">(\\d+)</a>")]
    private static partial Regex PageLinks();

    [GeneratedRegex("<div class=\"pagination\">.*?</ul>\\s*</div>\\s*</div>", RegexOptions.Singleline)]
    private static partial Regex PaginationBlock();
}
