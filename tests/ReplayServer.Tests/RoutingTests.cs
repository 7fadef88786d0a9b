using System.Net;

namespace Rustboxd.Replay.Tests;

public sealed class RoutingTests
{
    [Fact]
    public async Task ServesCapturedPageByItsOriginalPath()
    {
        await using var server = await TestServers.StartStandardAsync();
        using var client = TestServers.ClientFor(server);

        using var response = await client.GetAsync("sampleuser7/");
        var body = await response.Content.ReadAsByteArrayAsync();

        var capture = Path.Combine(TestPaths.CapturedFixtures, "profile/profile-2026-01.html");
        var expected = await File.ReadAllBytesAsync(capture);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(expected, body);
    }

    [Fact]
    public async Task ServesCapturedFeedWithItsOwnContentType()
    {
        await using var server = await TestServers.StartStandardAsync();
        using var client = TestServers.ClientFor(server);

        using var response = await client.GetAsync("sampleuser3/rss/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ServesACursorPageByItsPathAndQuery()
    {
        using var root = new TempRoot()
            .WithFile("first.html", "first batch")
            .WithFile("second.html", "second batch")
            .WithFile("grid.html", "grid")
            .WithRoutes(
                "/feed/\tfirst.html\t200\ttext/html",
                "/feed/?after=5\tsecond.html\t200\ttext/html",
                "/grid/\tgrid.html\t200\ttext/html");
        await using var server = await TestServers.StartAsync(root.Folder);
        using var client = TestServers.ClientFor(server);

        Assert.Equal("first batch", await client.GetStringAsync("feed/"));
        Assert.Equal("second batch", await client.GetStringAsync("feed/?after=5"));
        Assert.Equal("grid", await client.GetStringAsync("grid/?anything=1"));

        // A cursor the capture lacks must end a crawl, not send it back to the first batch.
        using var missing = await client.GetAsync("feed/?after=4");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task UnknownPathAnswers404WithTheNotFoundPage()
    {
        await using var server = await TestServers.StartStandardAsync();
        using var client = TestServers.ClientFor(server);

        using var response = await client.GetAsync("film/this-movie-does-not-exist-999/");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Sorry, we can’t find the page you’ve requested.", body);
    }

    [Fact]
    public async Task UnknownPathAnswersPlain404WhenNoRootHasANotFoundPage()
    {
        using var root = new TempRoot().WithRoutes();
        await using var server = await TestServers.StartAsync(root.Folder);
        using var client = TestServers.ClientFor(server);

        using var response = await client.GetAsync("nothing/here/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task LastRootWinsWhenTwoRootsDefineTheSamePath()
    {
        using var first = new TempRoot().WithFile("a.html", "first").WithRoutes("/same/\ta.html\t200\ttext/html");
        using var last = new TempRoot().WithFile("b.html", "last").WithRoutes("/same/\tb.html\t410\ttext/html");
        await using var server = await TestServers.StartAsync(first.Folder, last.Folder);
        using var client = TestServers.ClientFor(server);

        using var response = await client.GetAsync("same/");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("last", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ProjectRootAfterTheSharedOneOverridesACapturedPath()
    {
        using var project = new TempRoot().WithFile("p.html", "override").WithRoutes("/sampleuser7/\tp.html\t200\t");
        await using var server = await TestServers.StartAsync(TestPaths.CapturedFixtures, project.Folder);
        using var client = TestServers.ClientFor(server);

        var body = await client.GetStringAsync("sampleuser7/");

        Assert.Equal("override", body);
    }

    [Theory]
    [InlineData(301, "/film/new-slug/")]
    [InlineData(302, "https://letterboxd.com/film/new-slug/")]
    [InlineData(308, "/film/new-slug/")]
    public async Task RedirectRouteAnswersLocationFromTheFileColumnWithAnEmptyBody(int status, string target)
    {
        using var root = new TempRoot().WithRoutes($"/film/old-slug/\t{target}\t{status}\t");
        await using var server = await TestServers.StartAsync(root.Folder);
        using var client = TestServers.ClientFor(server);

        using var response = await client.GetAsync("film/old-slug/");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(target, response.Headers.Location?.OriginalString);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("tmdb/1018/", 302, "/film/mulholland-drive/")]
    [InlineData("imdb/tt7160372/", 301, "/film/the-zone-of-interest/")]
    [InlineData("tmdb/tv/1399/", 302, "/film/synthetic-series/")]
    [InlineData("tmdb/999999999/", 302, "/")]
    public async Task IdLookUpRoutesRedirectToPagesTheRootsServe(string path, int status, string target)
    {
        await using var server = await TestServers.StartStandardAsync();
        using var client = TestServers.ClientFor(server);

        using var redirect = await client.GetAsync(path);
        using var landed = await client.GetAsync(target.TrimStart('/'));

        Assert.Equal(status, (int)redirect.StatusCode);
        Assert.Equal(target, redirect.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
    }

    [Fact]
    public async Task QueryStringIsIgnoredWhenMatchingRoutes()
    {
        await using var server = await TestServers.StartStandardAsync();
        using var client = TestServers.ClientFor(server);

        using var response = await client.GetAsync("sampleuser9/films/page/1/?html.parser");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RawPathIsMatchedFirstAndTheDecodedFormSecond()
    {
        using var root = new TempRoot()
            .WithFile("raw.html", "raw")
            .WithFile("decoded.html", "decoded")
            .WithRoutes("/film/caf%C3%A9/\traw.html\t200\t", "/film/amélie/\tdecoded.html\t200\t");
        await using var server = await TestServers.StartAsync(root.Folder);
        using var client = TestServers.ClientFor(server);

        var raw = await client.GetStringAsync("film/caf%C3%A9/");
        var decoded = await client.GetStringAsync("film/am%C3%A9lie/");

        Assert.Equal("raw", raw);
        Assert.Equal("decoded", decoded);
    }

    [Fact]
    public async Task PathsAreMatchedCaseSensitively()
    {
        await using var server = await TestServers.StartStandardAsync();
        using var client = TestServers.ClientFor(server);

        using var response = await client.GetAsync("SampleUser7/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RootWithoutRoutesFileIsAcceptedAndContributesItsFiles()
    {
        using var filesOnly = new TempRoot().WithFile("errors/not-found.html", "<p>custom 404</p>");
        await using var server = await TestServers.StartAsync(TestPaths.CapturedFixtures, filesOnly.Folder);
        using var client = TestServers.ClientFor(server);

        using var found = await client.GetAsync("sampleuser7/");
        using var missing = await client.GetAsync("missing/");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal("<p>custom 404</p>", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RouteToAMissingFileStopsTheServerFromStarting()
    {
        using var root = new TempRoot().WithRoutes("/x/\tmissing.html\t200\ttext/html");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => TestServers.StartAsync(root.Folder));

        Assert.Contains("missing.html", error.Message);
    }

    [Fact]
    public async Task RouteFileOutsideItsRootIsRefused()
    {
        using var root = new TempRoot().WithRoutes("/x/\t../escape.html\t200\ttext/html");

        await Assert.ThrowsAsync<InvalidDataException>(() => TestServers.StartAsync(root.Folder));
    }

    [Fact]
    public async Task HeadRequestGetsHeadersWithoutBody()
    {
        await using var server = await TestServers.StartStandardAsync();
        using var client = TestServers.ClientFor(server);

        using var request = new HttpRequestMessage(HttpMethod.Head, "sampleuser7/");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
