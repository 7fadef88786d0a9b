using System.Runtime.CompilerServices;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Paging;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// A member's watched films (/USER/films/, or /USER/films/rated/R/ per rating), streamed in page order.
/// Checks what it parsed against what the page states, so a markup change is never a silent empty result.
/// </summary>
public static class MemberFilmsReader
{
    /// <summary>Letterboxd's films grid holds 72 posters a page; used only when page 1 cannot tell.</summary>
    public const int PageSize = 72;

    /// <param name="call">The call the requests belong to.</param>
    /// <param name="userName">The member.</param>
    /// <param name="rating">Only films the member rated this many stars; null for all watched films.</param>
    /// <param name="maximumItems">Stop after this many films (skip + first); null for all.</param>
    /// <param name="onStatedTotal">Told the total the first page states, when it states one.</param>
    /// <param name="cancellationToken">Stops this read alone.</param>
    public static async IAsyncEnumerable<MemberFilm> ReadAsync(
        LetterboxdCall call,
        string userName,
        decimal? rating = null,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var name = LetterboxdInput.UserName(userName);
        var stars = rating is null ? (decimal?)null : LetterboxdInput.Rating(rating.Value);
        var crawler = new PageCrawler<FilmGridPage>(
            call,
            page => new PageRequest(SitePaths.MemberFilms(name, stars, page), ResourceKind.Member, name),
            response => PageParsing.Parse(call, response, name, "the films grid",
                context => FilmGridParser.Parse(response.Body, context)),
            page => page.Pagination,
            page => page.Entries.Count)
        {
            Activity = stars is null ? $"{name}'s films" : $"{name}'s films rated {stars}",
        };

        long produced = 0;
        await foreach (var page in crawler.CrawlAsync(PagesWanted(maximumItems), cancellationToken).ConfigureAwait(false))
        {
            if (page.Number == 1)
            {
                CheckFirstPage(call, name, page);
                if (page.Page.StatedTotal is { } total)
                {
                    onStatedTotal?.Invoke(total);
                }
            }

            foreach (var entry in page.Page.Entries)
            {
                yield return new MemberFilm
                {
                    Member = name,
                    Slug = entry.Film.Slug,
                    Title = entry.Film.Title,
                    Year = entry.Film.Year,
                    Rating = entry.Rating,
                    Liked = entry.Liked,
                    Reviewed = entry.Reviewed,
                    LetterboxdId = entry.Film.LetterboxdId,
                    Page = page.Number,
                };

                if (++produced >= maximumItems)
                {
                    yield break;
                }
            }
        }
    }

    private static Func<int, int> PagesWanted(long? maximumItems) => firstPageCount =>
        maximumItems is null ? int.MaxValue : (int)Math.Min(int.MaxValue, (maximumItems.Value + firstPageCount - 1) / firstPageCount);

    // Nothing parsed while the page states films: the markup has changed. Every page but the last holds the same
    // number of films, so page 1 of N pages holds at least total / N of them; fewer means posters were missed.
    private static void CheckFirstPage(LetterboxdCall call, string name, CrawledPage<FilmGridPage> page)
    {
        var found = page.Page.Entries.Count;
        var stated = page.Page.StatedTotal;
        var url = call.Session.ResolveUrl(SitePaths.MemberFilms(name));
        if (found == 0 && stated > 0)
        {
            throw new MarkupDriftException(
                $"The films page of '{name}' states {stated} films but no film could be read from it: Letterboxd's " +
                "markup has probably changed. Please report it; nothing was returned rather than a wrong empty list.",
                name, url, stated.Value, 0);
        }

        // Without a stated total, or with only a next link and no last page, there is nothing to compare.
        if (stated is null || (page.LastPage is null && page.Page.Pagination.NextPath is not null))
        {
            return;
        }

        var pages = Math.Max(1, page.LastPage ?? 1);
        var expected = pages == 1 ? stated.Value : Math.Min(PageSize, (stated.Value + pages - 1) / pages);
        if (found < expected)
        {
            call.Observer.Warning(
                $"markup drift: the films page of '{name}' should hold at least {expected} of its {stated} films " +
                $"but {found} were read");
        }
    }
}
