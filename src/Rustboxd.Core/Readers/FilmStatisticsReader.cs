using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// A film's counts, which Letterboxd loads apart from the film page: watched, lists and likes from the stats
/// fragment, fans from the ratings-summary fragment, reviews and ratings from the page's structured data. Counts the
/// page already holds (pages a browser saved have the fragments inlined) cost no request; the fragments are the ones
/// the page names, or their usual addresses when it names none. Both are fetched at once. A fragment that fails
/// leaves its counts null with a warning: the film itself is still good.
/// </summary>
internal static class FilmStatisticsReader
{
    public static async Task<FilmStatistics> ReadAsync(LetterboxdCall call, FilmPage page)
    {
        var slug = page.Film.Slug;
        var statistics = page.Statistics;
        var needsStats = statistics is { WatchedCount: null, ListCount: null, LikeCount: null };
        var needsFans = statistics.FanCount is null;

        var stats = needsStats
            ? FetchAsync(call, page.StatisticsFragment ?? SitePaths.FilmStatistics(slug), slug, "the film's statistics")
            : Task.FromResult<FilmStatistics?>(null);
        var ratings = needsFans
            ? FetchAsync(call, page.RatingsFragment ?? SitePaths.FilmRatingsSummary(slug), slug, "the ratings summary")
            : Task.FromResult<FilmStatistics?>(null);

        if (await stats.ConfigureAwait(false) is { } fromStats)
        {
            statistics = statistics with
            {
                WatchedCount = fromStats.WatchedCount,
                ListCount = fromStats.ListCount,
                LikeCount = fromStats.LikeCount,
            };
        }

        if (await ratings.ConfigureAwait(false) is { } fromRatings)
        {
            statistics = statistics with { FanCount = fromRatings.FanCount };
        }

        return statistics;
    }

    private static async Task<FilmStatistics?> FetchAsync(LetterboxdCall call, string path, string slug, string what)
    {
        try
        {
            var response = await call.FetchAsync(new PageRequest(path, ResourceKind.Film, slug)).ConfigureAwait(false);
            return PageParsing.Parse(call, response, slug, what,
                context => FilmStatisticsParser.Parse(response.Body, slug, context));
        }
        catch (LetterboxdException error) when (!error.StopsTheCall && error is not InvalidInputException)
        {
            call.Observer.Warning($"{what} of '{slug}' could not be read ({error.Message}); its counts are left empty");
            return null;
        }
    }
}
