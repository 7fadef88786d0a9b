using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Rustboxd.Models;
using Rustboxd.Paging;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>One row of a diary table: the film and what the member marked on that viewing.</summary>
public sealed record DiaryRow(
    FilmSummary Film,
    DateTime WatchedDate,
    decimal? Rating,
    bool Rewatch,
    bool Liked,
    bool Reviewed,
    Uri? ReviewUrl,
    IReadOnlyList<string> Tags,
    long? ViewingId);

/// <summary>One page of a member's diary.</summary>
public sealed record DiaryPage(IReadOnlyList<DiaryRow> Rows, Pagination Pagination, int? StatedTotal)
    : ICollectionPage<DiaryRow>
{
    IReadOnlyList<DiaryRow> ICollectionPage<DiaryRow>.Items => Rows;
}

/// <summary>
/// A member's diary table (table#diary-table, tr.diary-entry-row) in every era the corpus holds, newest first:
/// 2025-26 td.col-monthdate / col-daydate / col-production / col-releaseyear / col-rating / col-like /
/// col-rewatch / col-review with LazyPoster films, and early-2025 td.td-calendar / td-day / td-film-details /
/// td-released / td-rating / td-like / td-rewatch / td-review with classic posters. Each field has its own
/// fallback, so a row loses a field rather than its place; only a row without a film or a date is skipped.
/// </summary>
public static partial class DiaryParser
{
    private const string RowSelector = "tr.diary-entry-row, tr[data-viewing-id]";

    public static DiaryPage Parse(string html, ParseContext context) => Parse(HtmlPage.Parse(html), context);

    public static DiaryPage Parse(IDocument document, ParseContext context)
    {
        var rows = new List<DiaryRow>();
        var position = 0;

        // The calendar column names the month only on a month's first row; it is carried down for the rows
        // whose day cell has no dated link.
        (int Year, int Month)? month = null;
        foreach (var row in document.QuerySelectorAll(RowSelector))
        {
            position++;
            month = MonthOf(Cell(row, "td-calendar", "col-monthdate")) ?? month;
            var parsed = ParseRow(row, position, month, context);
            if (parsed is not null)
            {
                rows.Add(parsed);
            }
        }

        context.Trace($"diary: {rows.Count} entries from {position} rows ({RowSelector})");
        return new DiaryPage(rows, Pagination.From(document), FilmGridParser.StatedTotal(document));
    }

    private static DiaryRow? ParseRow(IElement row, int position, (int Year, int Month)? month, ParseContext context)
    {
        var viewingId = ViewingIdOf(row);
        var filmCell = Cell(row, "td-film-details", "col-production");
        var film = PosterExtractor.Extract(filmCell ?? row);
        if (film is null)
        {
            context.Warn($"diary row {position}{Describe(viewingId)} has no film slug and was skipped");
            return null;
        }

        var watched = WatchedDateOf(Cell(row, "td-day", "col-daydate"), month);
        if (watched is null)
        {
            context.Warn($"diary row {position}{Describe(viewingId)} ({film.Slug}) has no watched date; skipped");
            return null;
        }

        var reviewLink = Cell(row, "td-review", "col-review")?.QuerySelector("a[href]");
        var reviewPath = HtmlPage.SitePath(reviewLink?.GetAttribute("href"));
        return new DiaryRow(
            WithTitleAndYear(film, filmCell, Cell(row, "td-released", "col-releaseyear")),
            watched.Value,
            RatingClass.Find(Cell(row, "td-rating", "col-rating")),
            Cell(row, "td-rewatch", "col-rewatch") is { } rewatch && !rewatch.ClassList.Contains("icon-status-off"),
            Cell(row, "td-like", "col-like")?.QuerySelector(".icon-liked") is not null,
            reviewLink is not null,
            reviewPath is null ? null : new Uri(context.Url, reviewPath),
            row.QuerySelectorAll(".tags a").Select(HtmlPage.Text).OfType<string>().ToArray(),
            viewingId);
    }

    // A cell by its early-2025 name (td-day) or its 2025-26 name (col-daydate).
    private static IElement? Cell(IElement row, string classic, string current) =>
        row.QuerySelector($"td.{current}, td.{classic}");

    // The day link's path ends in for/YYYY/MM/DD/; without it, the day's number in the carried month.
    private static DateTime? WatchedDateOf(IElement? dayCell, (int Year, int Month)? month)
    {
        var path = HtmlPage.SitePath(dayCell?.QuerySelector("a[href]")?.GetAttribute("href"));
        var match = path is null ? null : DayPath().Match(path);
        if (match is { Success: true })
        {
            return DateOf(Number(match.Groups[1]), Number(match.Groups[2]), Number(match.Groups[3]));
        }

        return month is { } m && ParseNumber(HtmlPage.Text(dayCell)) is { } day ? DateOf(m.Year, m.Month, day) : null;
    }

    private static (int Year, int Month)? MonthOf(IElement? calendarCell)
    {
        foreach (var link in calendarCell?.QuerySelectorAll("a[href]") ?? Enumerable.Empty<IElement>())
        {
            var path = HtmlPage.SitePath(link.GetAttribute("href"));
            var match = path is null ? null : MonthPath().Match(path);
            if (match is { Success: true })
            {
                return (Number(match.Groups[1]), Number(match.Groups[2]));
            }
        }

        return null;
    }

    private static DateTime? DateOf(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)
            : null;

    // Classic posters carry no year, and a poster may lose its name: the row's own cells say them too.
    private static FilmSummary WithTitleAndYear(FilmSummary film, IElement? filmCell, IElement? releasedCell)
    {
        var title = film.Title ?? HtmlPage.Text(filmCell?.QuerySelector("h3.headline-3 a, h2.name a, .name a"));
        var year = film.Year ?? ParseNumber(HtmlPage.Text(releasedCell));
        if (title == film.Title && year == film.Year)
        {
            return film;
        }

        return new FilmSummary
        {
            Slug = film.Slug,
            Title = title,
            Year = year,
            LetterboxdId = film.LetterboxdId,
            ShortId = film.ShortId,
        };
    }

    // data-viewing-id="1104692589", else data-object-id="viewing:1104692589".
    private static long? ViewingIdOf(IElement row)
    {
        var value = HtmlPage.Attribute(row, "data-viewing-id")
            ?? HtmlPage.Attribute(row, "data-object-id")?.Replace("viewing:", string.Empty, StringComparison.Ordinal);
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    private static string Describe(long? viewingId) =>
        viewingId is null ? string.Empty : $" (viewing {viewingId.Value.ToString(CultureInfo.InvariantCulture)})";

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static int? ParseNumber(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    [GeneratedRegex(@"/for/(\d{4})/(\d{1,2})/(\d{1,2})/?$")]
    private static partial Regex DayPath();

    [GeneratedRegex(@"/for/(\d{4})/(\d{1,2})/?$")]
    private static partial Regex MonthPath();
}
