using Rustboxd.Errors;
using Rustboxd.Routing;

namespace Rustboxd.Tests.Routing;

public sealed class ListRoutingTests
{
    [Theory]
    [InlineData("top-12-seculo")]
    [InlineData("official-top-250-narrative-feature-films")]
    [InlineData("2024")]
    [InlineData("a")]
    public void Accepts_list_slugs_as_letterboxd_writes_them(string slug)
    {
        Assert.Equal(slug, LetterboxdInput.ListSlug(slug));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("Top-12")]
    [InlineData("two words")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("../../admin")]
    [InlineData("x%2Fy")]
    [InlineData("x?page=2")]
    [InlineData("x#comments")]
    [InlineData("século")]
    [InlineData("x\n")]
    [InlineData(null)]
    public void Refuses_anything_else_with_its_own_error_id_naming_the_input(string? slug)
    {
        var error = Assert.Throws<InvalidInputException>(() => LetterboxdInput.ListSlug(slug));

        Assert.Equal(ErrorIds.InvalidListSlug, error.ErrorId);
        Assert.Equal(slug, error.Target);
        Assert.Contains("/list/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_slug_longer_than_any_letterboxd_makes()
    {
        Assert.Throws<InvalidInputException>(() => LetterboxdInput.ListSlug(new string('a', LetterboxdInput.MaximumSlugLength + 1)));
    }

    // Bug-log BL-05: /USER/list/SLUG without the final slash answers 403; every list path ends with one.
    [Theory]
    [InlineData(1, false, "/sampleuser1/list/top-250/")]
    [InlineData(2, false, "/sampleuser1/list/top-250/page/2/")]
    [InlineData(1, true, "/sampleuser1/list/top-250/detail/")]
    [InlineData(3, true, "/sampleuser1/list/top-250/detail/page/3/")]
    public void Builds_list_paths_with_a_trailing_slash_and_no_double_slash(int page, bool detail, string expected)
    {
        var path = SitePaths.List("sampleuser1", "top-250", page, detail);

        Assert.Equal(expected, path);
        Assert.EndsWith("/", path, StringComparison.Ordinal);
        Assert.DoesNotContain("//", path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "/sampleuser124/lists/", "/sampleuser124/likes/lists/")]
    [InlineData(2, "/sampleuser124/lists/page/2/", "/sampleuser124/likes/lists/page/2/")]
    public void Builds_lists_index_paths(int page, string lists, string liked)
    {
        Assert.Equal(lists, SitePaths.MemberLists("sampleuser124", page));
        Assert.Equal(liked, SitePaths.MemberLikedLists("sampleuser124", page));
    }
}
