using Rustboxd.Parsing;

namespace Rustboxd.Tests.Parsing;

/// <summary>No tag page is captured yet; these read the synthetic pages (see their first lines).</summary>
public sealed class TagsParserTests
{
    private static readonly Uri Url = new("https://letterboxd.com/synthmember/tags/films/");

    [Fact]
    public void Reads_each_tag_with_its_slug_and_count_and_one_for_an_empty_count()
    {
        var context = new ParseContext(Url, "synthmember");

        var tags = TagsParser.Parse(Corpus.ReadSynthetic("tags/synthmember-tags-films.html"), context);

        Assert.Equal(["cinema-2025", "rewatch-worthy", "seen-once"], tags.Select(t => t.Slug));
        Assert.Equal(["cinema 2025", "rewatch-worthy", "seen once"], tags.Select(t => t.Name));
        Assert.Equal([12, 1204, 1], tags.Select(t => t.Count));
        Assert.Equal("/synthmember/tag/cinema-2025/films/", tags[0].Path);
        Assert.Contains(context.Warnings, w => w.Contains("tag 4"));
    }

    [Fact]
    public void Reads_a_page_without_tags_as_none_and_no_warning()
    {
        var context = new ParseContext(Url, "synthmember");

        var tags = TagsParser.Parse(Corpus.ReadSynthetic("tags/synthmember-tags-empty.html"), context);

        Assert.Empty(tags);
        Assert.Empty(context.Warnings);
    }
}
