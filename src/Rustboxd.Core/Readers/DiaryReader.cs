using System.Globalization;
using System.Runtime.CompilerServices;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// A member's diary, optionally one year or one month of it, streamed in page order (newest entry first).
/// </summary>
/// <remarks>
/// Where the diary lives: until 2025 at /USER/films/diary/, since 2026 at /USER/diary/ (the 2026 page's og:url),
/// with its later pages and date filters under /USER/diary/films/ (its own pagination and date links). The
/// current address is asked first and the old one only when it answers 404, and every later page follows the
/// address that answered page 1. Current first, because that is the site people use today: a diary there costs
/// one request a page, and only a site still serving the old markup (a replay of a capture from before 2026)
/// pays one extra 404 per call. Old first would put a 404 or a redirect (no capture says which the site gives
/// now) in front of every current diary. An unknown member costs both requests and a look at the profile before
/// LetterboxdMemberNotFound; an empty diary is a page with no rows, never a 404, so it stays an empty result.
/// DiaryReaderTests and Get-LetterboxdDiary.Tests.ps1 count these requests.
/// </remarks>
public static class DiaryReader
{
    /// <summary>Letterboxd's diary table holds 50 rows a page.</summary>
    public const int PageSize = 50;

    // SitePaths.Diary or SitePaths.LegacyDiary.
    private delegate string DiaryPath(string userName, int? year, int? month, int page);

    /// <param name="call">The call the requests belong to.</param>
    /// <param name="userName">The member.</param>
    /// <param name="year">Only the entries of this year; null for the whole diary.</param>
    /// <param name="month">Only the entries of this month (1-12) of <paramref name="year"/>; null for all of it.</param>
    /// <param name="maximumItems">Stop after this many entries (skip + first); null for all.</param>
    /// <param name="onStatedTotal">Told the total the first page states, when it states one.</param>
    /// <param name="cancellationToken">Stops this read alone.</param>
    public static async IAsyncEnumerable<DiaryEntry> ReadAsync(
        LetterboxdCall call,
        string userName,
        int? year = null,
        int? month = null,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var name = LetterboxdInput.UserName(userName);
        var period = LetterboxdInput.DiaryPeriod(year, month);
        IAsyncEnumerator<PagedItem<DiaryRow>> Open(DiaryPath pathOf) => CollectionReader
            .ReadAsync(call, Source(name, period, pathOf), maximumItems, onStatedTotal, cancellationToken)
            .GetAsyncEnumerator(cancellationToken);

        var rows = Open(SitePaths.Diary);
        try
        {
            bool more;
            try
            {
                more = await rows.MoveNextAsync().ConfigureAwait(false);
            }
            catch (ResourceNotFoundException)
            {
                // Only page 1 can be missing here: the first entry comes from it, and the crawler asks for later
                // pages only after page 1 is read (and turns a missing one into a warning).
                await rows.DisposeAsync().ConfigureAwait(false);
                call.Observer.Verbose(
                    $"{SitePaths.Diary(name, period.Year, period.Month)} answered 404; trying the diary's address " +
                    $"before 2026, {SitePaths.LegacyDiary(name, period.Year, period.Month)}");
                rows = Open(SitePaths.LegacyDiary);
                more = await rows.MoveNextAsync().ConfigureAwait(false);
            }

            while (more)
            {
                yield return EntryOf(name, rows.Current);
                more = await rows.MoveNextAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            await rows.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static CollectionSource<DiaryRow> Source(string name, (int? Year, int? Month) period, DiaryPath pathOf)
    {
        var filtered = period.Year is not null;
        return new CollectionSource<DiaryRow>
        {
            Target = name,
            Name = $"{name}'s diary{PeriodName(period)}",
            ItemsName = "diary entries",
            PageSize = PageSize,
            RequestFor = page =>
                new PageRequest(pathOf(name, period.Year, period.Month, page), ResourceKind.Member, name),
            Parse = (html, context) => Checked(DiaryParser.Parse(html, context), context, filtered),

            // A 404 of the current address sends the reader to the old one; only the old one's 404 is explained.
            ConfirmMemberWhenMissing = pathOf == SitePaths.LegacyDiary,
        };
    }

    // The heading's count ("721 films") is the whole diary's on the unfiltered page; whether a year's page counts
    // only that year is not known from any capture, so a filtered read does not pass it on as the total.
    // Without a total, pagination is what states there are entries: page 1 that names later pages but yields
    // no rows is markup drift, not an empty diary.
    private static DiaryPage Checked(DiaryPage page, ParseContext context, bool filtered)
    {
        var checkedPage = filtered ? page with { StatedTotal = null } : page;
        var pagination = page.Pagination;
        var namesLaterPages = pagination.LastPage > pagination.CurrentPage || pagination.NextPath is not null;
        if (checkedPage.Rows.Count == 0 && pagination.CurrentPage == 1 && namesLaterPages)
        {
            var pages = pagination.LastPage?.ToString(CultureInfo.InvariantCulture) ?? "more";
            throw new MarkupDriftException(
                $"{context.Url.AbsolutePath} names {pages} pages of diary entries but no entry could be read from " +
                "it: Letterboxd's markup has probably changed. Please report it; nothing was returned rather than a " +
                "wrong empty diary.",
                context.Target, context.Url, PageSize, 0);
        }

        return checkedPage;
    }

    private static string PeriodName((int? Year, int? Month) period) => period switch
    {
        (null, _) => string.Empty,
        ({ } year, null) => $" for {year.ToString(CultureInfo.InvariantCulture)}",
        ({ } year, { } month) => " for " + new DateTime(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
    };

    private static DiaryEntry EntryOf(string name, PagedItem<DiaryRow> item)
    {
        var (row, page) = item;
        return new DiaryEntry
        {
            Member = name,
            WatchedDate = row.WatchedDate,
            Slug = row.Film.Slug,
            Title = row.Film.Title,
            Year = row.Film.Year,
            Rating = row.Rating,
            Rewatch = row.Rewatch,
            Liked = row.Liked,
            Reviewed = row.Reviewed,
            ReviewUrl = row.ReviewUrl,
            Tags = row.Tags,
            ViewingId = row.ViewingId,
            LetterboxdId = row.Film.LetterboxdId,
            Page = page,
        };
    }
}
