using System.Globalization;
using Rustboxd.Parsing;

namespace Rustboxd.Tests.Parsing;

public sealed class DiaryParserTests
{
    private static readonly Uri DiaryUrl = new("https://letterboxd.com/someone/diary/");

    public static TheoryData<string> Diaries => Corpus.FilesOfKind("diary");

    [Theory]
    [MemberData(nameof(Diaries))]
    public void Reads_every_verified_fact_of_each_captured_diary(string file)
    {
        var page = Corpus.Page(file);
        var context = new ParseContext(Corpus.UrlOf(page), "member");

        var diary = DiaryParser.Parse(Corpus.Read(file), context);

        Assert.Equal(page.Int("rows"), diary.Rows.Count);
        Assert.Equal(page.String("first_slug"), diary.Rows[0].Film.Slug);
        Assert.Equal(page.String("first_title"), diary.Rows[0].Film.Title);
        Assert.Equal(DateOf(page.String("first_date")), diary.Rows[0].WatchedDate);
        Assert.Equal(page.NullableDecimal("first_rating"), diary.Rows[0].Rating);
        Assert.Equal(page.Int("rated"), diary.Rows.Count(r => r.Rating is not null));
        Assert.Equal(page.Int("liked"), diary.Rows.Count(r => r.Liked));
        Assert.Equal(page.Int("rewatches"), diary.Rows.Count(r => r.Rewatch));
        Assert.Equal(page.Int("reviewed"), diary.Rows.Count(r => r.Reviewed));
        Assert.Equal(page.String("last_slug"), diary.Rows[^1].Film.Slug);
        Assert.Equal(page.Int("last_page"), diary.Pagination.LastPage);

        // Every row keeps its own date, title, year, ids and review link, whatever the calendar column shows.
        Assert.All(diary.Rows, r => Assert.Equal(DateTimeKind.Unspecified, r.WatchedDate.Kind));
        Assert.All(diary.Rows, r => Assert.Equal(TimeSpan.Zero, r.WatchedDate.TimeOfDay));
        Assert.All(diary.Rows, r => Assert.NotNull(r.Film.Title));
        Assert.All(diary.Rows, r => Assert.NotNull(r.Film.Year));
        Assert.All(diary.Rows, r => Assert.NotNull(r.Film.LetterboxdId));
        Assert.All(diary.Rows, r => Assert.NotNull(r.ViewingId));
        Assert.All(diary.Rows, r => Assert.Equal(r.Reviewed, r.ReviewUrl is not null));
        Assert.All(diary.Rows, r => Assert.Empty(r.Tags));
        Assert.True(diary.Rows.Zip(diary.Rows.Skip(1)).All(p => p.First.WatchedDate >= p.Second.WatchedDate),
            "a diary page lists its entries newest first");
        Assert.Empty(context.Warnings);
    }

    [Theory]
    [InlineData("diary/diary-2025-02a.html", 721)]
    [InlineData("diary/diary-2025-10.html", 595)]
    [InlineData("diary/diary-2026-01.html", 81)]
    public void Reads_the_total_the_diary_heading_states(string file, int total)
    {
        Assert.Equal(total, Parse(file).StatedTotal);
    }

    [Fact]
    public void Reads_the_early_2025_classic_table_with_the_year_from_the_released_column()
    {
        var diary = Parse("diary/diary-2025-02a.html");

        var first = diary.Rows[0];
        Assert.Equal(1982, first.Film.Year);
        Assert.Equal(51520, first.Film.LetterboxdId);
        Assert.Equal(811983364, first.ViewingId);
        Assert.True(first.Liked);
        Assert.False(first.Rewatch);
        Assert.Equal("https://letterboxd.com/sampleuser8/film/et-the-extra-terrestrial/", first.ReviewUrl?.ToString());

        // Row 2 has an empty calendar cell (the month is named on row 1 only); its date comes from its day link.
        Assert.Equal(new DateTime(2025, 2, 13), diary.Rows[1].WatchedDate);
        Assert.Equal("mickey-17", diary.Rows[1].Film.Slug);
        Assert.Equal("/sampleuser8/films/diary/page/2/", diary.Pagination.NextPath);
    }

    [Fact]
    public void Reads_the_2025_react_table_saved_with_absolute_links()
    {
        var diary = Parse("diary/diary-2025-10.html");

        Assert.Equal(23570, diary.Rows[0].Film.LetterboxdId);
        Assert.Equal("ZjC", diary.Rows[0].Film.ShortId);
        Assert.Equal(1953, diary.Rows[0].Film.Year);
        Assert.Null(diary.Rows[0].ReviewUrl);
        Assert.Equal("https://letterboxd.com/sampleuser124/film/weapons-2025/", diary.Rows[2].ReviewUrl?.ToString());
        Assert.Equal(new DateTime(2025, 9, 15), diary.Rows[1].WatchedDate);
        Assert.Equal("/sampleuser124/films/diary/page/2/", diary.Pagination.NextPath);
    }

    [Fact]
    public void Reads_the_2026_table_whose_links_use_the_new_diary_address()
    {
        var diary = Parse("diary/diary-2026-01.html");

        var first = diary.Rows[0];
        Assert.True(first.Rewatch);
        Assert.True(first.Liked);
        Assert.Equal(5m, first.Rating);
        Assert.Equal(1104692589, first.ViewingId);
        Assert.Equal(755564, first.Film.LetterboxdId);
        Assert.Equal("https://letterboxd.com/sampleuser7/film/jay-kelly/", diary.Rows[1].ReviewUrl?.ToString());
        Assert.Equal(new DateTime(2022, 9, 8), diary.Rows[^1].WatchedDate);
        Assert.Equal("/sampleuser7/diary/films/page/2/", diary.Pagination.NextPath);
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, 1.0)]
    [InlineData(3, 1.5)]
    [InlineData(4, 2.0)]
    [InlineData(5, 2.5)]
    [InlineData(6, 3.0)]
    [InlineData(7, 3.5)]
    [InlineData(8, 4.0)]
    [InlineData(9, 4.5)]
    [InlineData(10, 5.0)]
    public void Reads_rated_n_as_half_stars(int halves, double stars)
    {
        // BL-08 and BL-29: rated-N is in half stars, and 3.5 must stay 3.5.
        var diary = ParseInline(Row("x", rating: $"<span class=\"rating rated-{halves}\"></span>"));

        Assert.Equal((decimal)stars, diary.Rows[0].Rating);
    }

    [Fact]
    public void Gives_no_rating_rather_than_zero_when_the_row_is_not_rated()
    {
        var diary = ParseInline(Row("x") + Row("y", rating: "<span class=\"rating rated-0\"></span>"));

        Assert.All(diary.Rows, r => Assert.Null(r.Rating));
    }

    [Theory]
    [InlineData("data-item-slug=\"from-item\" data-item-name=\"Film (2001)\"", "from-item")]
    [InlineData("data-film-slug=\"from-film-slug\"", "from-film-slug")]
    [InlineData("data-film-slug=\"/film/from-film-path/\"", "from-film-path")]
    [InlineData("data-target-link=\"/someone/film/from-target-link/2/\"", "from-target-link")]
    public void Finds_the_slug_in_whichever_attribute_the_era_carries(string attributes, string slug)
    {
        // BL-11 and BL-12: each attribute is optional on its own.
        var diary = ParseInline(Row(poster: $"<div class=\"react-component\" {attributes}></div>"));

        Assert.Equal(slug, diary.Rows[0].Film.Slug);
    }

    [Fact]
    public void Finds_the_slug_in_the_film_link_when_the_poster_has_no_attributes()
    {
        var poster = "<div class=\"poster\"></div><h2 class=\"name\"><a href=\"/someone/film/linked/\">Linked</a></h2>";

        var diary = ParseInline(Row(poster: poster));

        Assert.Equal("linked", diary.Rows[0].Film.Slug);
        Assert.Equal("Linked", diary.Rows[0].Film.Title);
    }

    [Theory]
    [InlineData("data-item-slug=\"x\" data-postered-identifier='{\"uid\":\"film:42\"}' data-film-id=\"7\"", 42L)]
    [InlineData("data-item-slug=\"x\" data-postered-identifier='{\"lid\":\"a\",\"uid\":\"film:42\"}'", 42L)]
    [InlineData("data-item-slug=\"x\" data-film-id=\"7\"", 7L)]
    [InlineData("data-film-slug=\"x\" data-item-id=\"film:9\"", 9L)]
    [InlineData("data-item-slug=\"x\"", null)]
    public void Takes_the_film_id_from_the_json_identifier_then_the_legacy_attributes(string attributes, long? id)
    {
        var diary = ParseInline(Row(poster: $"<div class=\"react-component\" {attributes}></div>"));

        Assert.Equal(id, diary.Rows[0].Film.LetterboxdId);
        Assert.Equal("x", diary.Rows[0].Film.Slug);
    }

    [Fact]
    public void Skips_a_row_without_a_film_with_a_warning_naming_the_field_and_keeps_the_others()
    {
        var context = new ParseContext(DiaryUrl, "someone");
        var nameless = Row(poster: "<div class=\"poster\"><span>No film here</span></div>", viewingId: 77);
        var html = Table(Row("first") + nameless + Row("third"));

        var diary = DiaryParser.Parse(html, context);

        Assert.Equal(["first", "third"], diary.Rows.Select(r => r.Film.Slug));
        var warning = Assert.Single(context.Warnings);
        Assert.Contains("diary row 2 (viewing 77) has no film slug", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_a_row_without_a_date_with_a_warning_naming_the_field()
    {
        var context = new ParseContext(DiaryUrl, "someone");
        var html = Table(Row("dated") + Row("undated", day: "<td class=\"col-daydate\"></td>"));

        var diary = DiaryParser.Parse(html, context);

        Assert.Equal(["dated"], diary.Rows.Select(r => r.Film.Slug));
        Assert.Contains("(undated) has no watched date", Assert.Single(context.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_rows_without_a_day_link_from_the_month_the_calendar_column_named_above_them()
    {
        var html = Table(
            Row("first", calendar: "<a class=\"month\" href=\"/someone/diary/films/for/2024/02/\">Feb</a>",
                day: "<td class=\"col-daydate\">29</td>")
            + Row("second", day: "<td class=\"col-daydate\"><span>3</span></td>")
            + Row("third", calendar: "<a class=\"month\" href=\"/someone/diary/films/for/2024/01/\">Jan</a>",
                day: "<td class=\"col-daydate\">31</td>"));

        var diary = ParseInline(html);

        Assert.Equal(
            [new DateTime(2024, 2, 29), new DateTime(2024, 2, 3), new DateTime(2024, 1, 31)],
            diary.Rows.Select(r => r.WatchedDate));
    }

    [Fact]
    public void Reads_tags_where_a_row_shows_them()
    {
        var diary = ParseInline(Row("tagged", extra: "<td><ul class=\"tags\"><li><a href=\"/t/\">cinema</a></li>" +
            "<li><a href=\"/t2/\">with friends</a></li></ul></td>"));

        Assert.Equal(["cinema", "with friends"], diary.Rows[0].Tags);
    }

    [Fact]
    public void Reads_an_empty_diary_as_no_rows_and_no_warning()
    {
        var context = new ParseContext(DiaryUrl, "someone");

        var diary = DiaryParser.Parse("<html><body><h1 class=\"section-heading\">Diary</h1></body></html>", context);

        Assert.Empty(diary.Rows);
        Assert.Null(diary.StatedTotal);
        Assert.Empty(context.Warnings);
    }

    [Theory]
    [InlineData("diary/synthdiary-page1.html", 6, 1, 3)]
    [InlineData("diary/synthdiary-page2.html", 6, 2, 3)]
    [InlineData("diary/synthdiary-page3.html", 4, 3, 3)]
    [InlineData("diary/synthdiary-2025.html", 7, 1, 1)]
    [InlineData("diary/synthdiary-2025-03.html", 3, 1, 1)]
    public void Reads_the_synthetic_diary_pages_like_the_captured_2026_page(string file, int rows, int page, int pages)
    {
        var context = new ParseContext(DiaryUrl, "synthdiary");

        var diary = DiaryParser.Parse(Corpus.ReadSynthetic(file), context);

        Assert.Equal(rows, diary.Rows.Count);
        Assert.Equal(page, diary.Pagination.CurrentPage);
        Assert.Equal(pages, diary.Pagination.LastPage);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Marks_every_synthetic_diary_page_as_synthetic_in_its_first_line_and_its_route()
    {
        var routes = File.ReadAllLines(Path.Combine(Corpus.SyntheticRoot, "routes.tsv"))
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length >= 5 && fields[1].StartsWith("diary/", StringComparison.Ordinal))
            .ToDictionary(fields => fields[1], fields => fields[4]);

        foreach (var file in Directory.GetFiles(Path.Combine(Corpus.SyntheticRoot, "diary"), "*.html"))
        {
            var relative = "diary/" + Path.GetFileName(file);
            Assert.StartsWith("<!-- SYNTHETIC", File.ReadLines(file).First(), StringComparison.Ordinal);
            Assert.True(routes.TryGetValue(relative, out var note), $"{relative} has no route");
            Assert.StartsWith("synthetic:", note, StringComparison.Ordinal);
        }
    }

    private static DateTime DateOf(string isoDate) =>
        DateTime.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DiaryPage Parse(string file) =>
        DiaryParser.Parse(Corpus.Read(file), new ParseContext(Corpus.UrlOf(Corpus.Page(file)), "member"));

    private static DiaryPage ParseInline(string rowsOrTable)
    {
        var html = rowsOrTable.StartsWith("<table", StringComparison.Ordinal) ? rowsOrTable : Table(rowsOrTable);
        return DiaryParser.Parse(html, new ParseContext(DiaryUrl, "someone"));
    }

    private static string Table(string rows) => $"<table id=\"diary-table\"><tbody>{rows}</tbody></table>";

    // One row in the 2026 markup; each part can be replaced to take a field away.
    private static string Row(
        string? slug = null,
        string? poster = null,
        string rating = "",
        string calendar = "",
        string? day = null,
        string extra = "",
        long viewingId = 1)
    {
        poster ??= $"<div class=\"react-component\" data-item-slug=\"{slug}\" data-item-name=\"{slug} (2001)\"></div>";
        day ??= "<td class=\"col-daydate\"><a href=\"/someone/diary/films/for/2025/03/14/\">14</a></td>";
        return $"<tr class=\"diary-entry-row\" data-viewing-id=\"{viewingId}\">" +
            $"<td class=\"col-monthdate\">{calendar}</td>{day}" +
            $"<td class=\"col-production\">{poster}</td><td class=\"col-releaseyear\"><span>2001</span></td>" +
            $"<td class=\"col-rating\">{rating}</td><td class=\"col-like\"></td>" +
            "<td class=\"col-rewatch icon-status-off\"></td><td class=\"col-review icon-status-off\"></td>" +
            $"{extra}</tr>";
    }
}
