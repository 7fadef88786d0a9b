using Rustboxd.Sessions;

namespace Rustboxd.Tests.Sessions;

public sealed class ResponseClassifierTests
{
    [Theory]
    [InlineData("profile/profile-2026-01.html")]
    [InlineData("films/films-grid-2026-01.html")]
    [InlineData("diary/diary-2026-01.html")]
    public void Classifies_real_2026_pages_as_ok_although_they_embed_the_challenge_script(string file)
    {
        var body = Corpus.Read(file);
        Assert.Contains("challenge-platform", body);

        Assert.Equal(ResponseClass.Ok, ResponseClassifier.Classify(200, body));
    }

    [Theory]
    [InlineData(403)]
    [InlineData(503)]
    [InlineData(200)]
    public void Classifies_the_challenge_page_as_a_challenge_whatever_its_status(int status)
    {
        Assert.Equal(ResponseClass.Challenge,
            ResponseClassifier.Classify(status, Corpus.ReadSynthetic("errors/challenge.html")));
    }

    [Fact]
    public void Classifies_letterboxds_message_page_at_403_as_private_and_reads_its_message()
    {
        var body = Corpus.ReadSynthetic("errors/private.html");

        Assert.Equal(ResponseClass.Private, ResponseClassifier.Classify(403, body));
        Assert.False(string.IsNullOrWhiteSpace(ResponseClassifier.SiteMessage(body)));
    }

    [Theory]
    [InlineData(404, "NotFound")]
    [InlineData(429, "RateLimited")]
    [InlineData(408, "Transient")]
    [InlineData(500, "Transient")]
    [InlineData(502, "Transient")]
    [InlineData(503, "Transient")]
    [InlineData(403, "Failed")]
    [InlineData(410, "Failed")]
    public void Classifies_plain_statuses(int status, string expected)
    {
        Assert.Equal(Enum.Parse<ResponseClass>(expected), ResponseClassifier.Classify(status, "<html><head><title>Letterboxd</title></head></html>"));
    }

    [Fact]
    public void Classifies_the_not_found_page_at_404_as_not_found()
    {
        Assert.Equal(ResponseClass.NotFound, ResponseClassifier.Classify(404, Corpus.ReadSynthetic("errors/not-found.html")));
    }
}
