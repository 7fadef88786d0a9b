using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>A film's page, and the ratings-summary fragment that carries its rating histogram.</summary>
public static class FilmReader
{
    /// <summary>
    /// The film's details. An old slug that Letterboxd redirects is followed, and the film carries the
    /// canonical slug from the page it landed on.
    /// </summary>
    public static async Task<Film> GetFilmAsync(LetterboxdCall call, string slug)
    {
        var film = LetterboxdInput.FilmSlug(slug);
        var response = await call.FetchAsync(new PageRequest(SitePaths.Film(film), ResourceKind.Film, film))
            .ConfigureAwait(false);
        return PageParsing.Parse(call, response, film, "the film page", context => FilmPageParser.Parse(response.Body, context));
    }

    /// <summary>The film's rating histogram, from the fragment the film page loads it from.</summary>
    public static async Task<RatingStatistics> GetRatingStatisticsAsync(LetterboxdCall call, string slug)
    {
        var film = LetterboxdInput.FilmSlug(slug);
        var response = await call.FetchAsync(
                new PageRequest(SitePaths.FilmRatingsSummary(film), ResourceKind.Film, film))
            .ConfigureAwait(false);
        return PageParsing.Parse(call, response, film, "the ratings chart",
            context => RatingStatisticsParser.FromFilmChart(response.Body, context, film));
    }
}
