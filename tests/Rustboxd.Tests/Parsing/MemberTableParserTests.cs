using Rustboxd.Parsing;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Tests.Parsing;

public sealed class MemberTableParserTests
{
    public static TheoryData<string> Tables => Corpus.FilesOfKind("network");

    [Theory]
    [MemberData(nameof(Tables))]
    public void Reads_every_verified_fact_of_each_captured_network_page(string file)
    {
        var page = Corpus.Page(file);
        var context = new ParseContext(Corpus.UrlOf(page), "member");

        var table = MemberTableParser.Parse(Corpus.Read(file), context);

        Assert.Equal(page.Int("items"), table.Items.Count);
        Assert.Equal(page.String("first_username"), table.Items[0].UserName);
        Assert.Null(table.Pagination.LastPage);
        Assert.Equal(page.Int("last_page"), Pagination.PageOf(table.Pagination.NextPath!));
        Assert.NotNull(table.StatedTotal);
        Assert.All(table.Items, row => Assert.NotNull(row.DisplayName));
        Assert.All(table.Items, row => Assert.NotNull(row.FilmCount));
        Assert.All(table.Items, row => Assert.NotNull(row.FollowerCount));
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Reads_each_count_of_a_row_from_its_own_link_and_column()
    {
        var table = Parse("network/followers-2025-10.html");

        var second = table.Items[1];
        Assert.Equal("sampleuser133", second.UserName);
        Assert.Equal("sampleuser133", second.DisplayName);
        Assert.Equal(31, second.FollowerCount);
        Assert.Equal(85, second.FollowingCount);
        Assert.Equal(1393, second.FilmCount);
        Assert.Equal(1, second.ListCount);
        Assert.Equal(140, second.LikeCount);
        Assert.Equal(1972, table.StatedTotal);
    }

    [Fact]
    public void States_the_total_of_the_selected_tab()
    {
        var table = Parse("network/following-2026-01.html");

        Assert.Equal(43, table.StatedTotal);
        Assert.Equal("Sample User 86", table.Items[0].DisplayName);
        Assert.StartsWith("https://", table.Items[0].AvatarUrl);
    }

    [Fact]
    public void Skips_a_row_without_a_profile_link_with_a_warning_and_keeps_the_others()
    {
        const string html = """
            <table class="member-table"><tbody>
            <tr><td><div class="person-summary"><h3><span class="name">No Link</span></h3></div></td></tr>
            <tr><td><div class="person-summary"><a class="avatar" href="/Some_One/"></a><a class="name" href="/some_one/">Some One</a></div></td>
                <td class="col-watched"><a>1.2K</a></td></tr>
            </tbody></table>
            """;
        var context = new ParseContext(new Uri("https://letterboxd.com/m/followers/"), "m");

        var table = MemberTableParser.Parse(html, context);

        var row = Assert.Single(table.Items);
        Assert.Equal("some_one", row.UserName);
        Assert.Equal(1200, row.FilmCount);
        Assert.Contains(context.Warnings, w => w.Contains("member row 1") && w.Contains("user name"));
    }

    private static Rustboxd.Paging.CollectionPage<MemberRow> Parse(string file)
    {
        var page = Corpus.Page(file);
        return MemberTableParser.Parse(Corpus.Read(file), new ParseContext(Corpus.UrlOf(page), "member"));
    }
}
