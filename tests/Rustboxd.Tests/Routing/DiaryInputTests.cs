using Rustboxd.Errors;
using Rustboxd.Routing;

namespace Rustboxd.Tests.Routing;

public sealed class DiaryPathsTests
{
    // BL-05: one builder, a trailing slash on every path, never a double slash, page/N/ only after page 1.
    [Theory]
    [InlineData(null, null, 1, "/member/diary/")]
    [InlineData(null, null, 2, "/member/diary/films/page/2/")]
    [InlineData(2025, null, 1, "/member/diary/films/for/2025/")]
    [InlineData(2025, 3, 1, "/member/diary/films/for/2025/03/")]
    [InlineData(2025, 12, 4, "/member/diary/films/for/2025/12/page/4/")]
    [InlineData(1999, null, 10, "/member/diary/films/for/1999/page/10/")]
    public void Builds_the_current_diary_paths_the_way_the_2026_page_links_them(
        int? year, int? month, int page, string expected)
    {
        Assert.Equal(expected, SitePaths.Diary("member", year, month, page));
    }

    [Theory]
    [InlineData(null, null, 1, "/member/films/diary/")]
    [InlineData(null, null, 15, "/member/films/diary/page/15/")]
    [InlineData(2025, null, 1, "/member/films/diary/for/2025/")]
    [InlineData(2024, 9, 1, "/member/films/diary/for/2024/09/")]
    [InlineData(2024, 9, 2, "/member/films/diary/for/2024/09/page/2/")]
    public void Builds_the_diary_paths_of_the_site_before_2026(int? year, int? month, int page, string expected)
    {
        Assert.Equal(expected, SitePaths.LegacyDiary("member", year, month, page));
    }

    [Fact]
    public void Never_builds_a_path_without_its_trailing_slash_or_with_a_double_slash()
    {
        var paths = from year in new int?[] { null, 2025 }
                    from month in year is null ? new int?[] { null } : [null, 1, 12]
                    from page in new[] { 1, 2, 50 }
                    from path in new[] { SitePaths.Diary("mm", year, month, page), SitePaths.LegacyDiary("mm", year, month, page) }
                    select path;

        Assert.All(paths, path =>
        {
            Assert.StartsWith("/mm/", path, StringComparison.Ordinal);
            Assert.EndsWith("/", path, StringComparison.Ordinal);
            Assert.DoesNotContain("//", path, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Refuses_a_month_without_a_year_and_page_zero()
    {
        Assert.Throws<ArgumentException>(() => SitePaths.Diary("m", null, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => SitePaths.LegacyDiary("m", page: 0));
    }
}

public sealed class DiaryPeriodInputTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(2025, null)]
    [InlineData(2025, 1)]
    [InlineData(2025, 12)]
    [InlineData(1870, 6)]
    public void Accepts_a_year_and_a_month_of_it(int? year, int? month)
    {
        Assert.Equal((year, month), LetterboxdInput.DiaryPeriod(year, month));
    }

    [Fact]
    public void Accepts_next_year_which_a_member_s_time_zone_may_have_reached()
    {
        var next = DateTime.Today.Year + 1;

        Assert.Equal((next, (int?)null), LetterboxdInput.DiaryPeriod(next, null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2025)]
    [InlineData(1869)]
    [InlineData(25)]
    [InlineData(99999)]
    public void Refuses_a_year_no_diary_can_hold_naming_it(int year)
    {
        var error = Assert.Throws<InvalidInputException>(() => LetterboxdInput.DiaryPeriod(year, null));

        Assert.Equal(ErrorIds.InvalidYear, error.ErrorId);
        Assert.Equal(year.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Target);
        Assert.StartsWith($"{year} is not a year", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_year_after_next()
    {
        var afterNext = DateTime.Today.Year + 2;

        var error = Assert.Throws<InvalidInputException>(() => LetterboxdInput.DiaryPeriod(afterNext, null));

        Assert.Equal(ErrorIds.InvalidYear, error.ErrorId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(-1)]
    public void Refuses_a_month_outside_one_to_twelve_naming_it(int month)
    {
        var error = Assert.Throws<InvalidInputException>(() => LetterboxdInput.DiaryPeriod(2025, month));

        Assert.Equal(ErrorIds.InvalidMonth, error.ErrorId);
        Assert.StartsWith($"{month} is not a month", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_month_without_a_year()
    {
        var error = Assert.Throws<InvalidInputException>(() => LetterboxdInput.DiaryPeriod(null, 3));

        Assert.Equal(ErrorIds.InvalidMonth, error.ErrorId);
        Assert.Contains("needs a year", error.Message, StringComparison.Ordinal);
    }
}
