using AngleSharp.Dom;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// A film's page, by slug or by its TMDB or IMDb id, the counts Letterboxd loads separately (only when asked for),
/// and the ratings-summary fragment that carries its rating histogram.
/// </summary>
public static class FilmReader
{
    /// <summary>
    /// The film's details. An old slug that Letterboxd redirects is followed, and the film carries the canonical
    /// slug from the page it landed on; the session caches the page under that address too (bug-log BL-31).
    /// </summary>
    public static async Task<Film> GetFilmAsync(LetterboxdCall call, string slug, bool includeStatistics = false)
    {
        var film = LetterboxdInput.FilmSlug(slug);
        var response = await call.FetchAsync(new PageRequest(SitePaths.Film(film), ResourceKind.Film, film))
            .ConfigureAwait(false);

        var page = ParsePage(call, response, film);
        if (page.Film.Slug != film)
        {
            call.Observer.Verbose($"film '{film}' is now '{page.Film.Slug}'");
        }

        return await CompleteAsync(call, page, film, includeStatistics).ConfigureAwait(false);
    }

    /// <summary>
    /// The film Letterboxd keeps for a TMDB id: /tmdb/ID/ redirects to it. An id that leads to no film page, or to a
    /// film whose own TMDB link names another entry, is <see cref="ErrorIds.FilmNotFound"/>.
    /// </summary>
    public static async Task<Film> GetFilmByTmdbIdAsync(
        LetterboxdCall call, long tmdbId, TmdbKind kind = TmdbKind.Movie, bool includeStatistics = false)
    {
        var id = LetterboxdInput.TmdbId(tmdbId);
        var target = kind == TmdbKind.Tv ? $"tmdb:tv/{id}" : $"tmdb:{id}";
        var description = $"TMDB {kind.ToString().ToLowerInvariant()} id {id}";
        var page = await LookUpAsync(call, SitePaths.TmdbLookup(id, kind), target, description).ConfigureAwait(false);

        // A lookup can land on a film for the same number of the other kind, or on another film altogether.
        var otherKind = page.Film.TmdbKind is { } landedKind && landedKind != kind;
        if (page.Film.TmdbId is { } landedId && (landedId != id || otherKind))
        {
            var landed = $"{page.Film.TmdbKind?.ToString().ToLowerInvariant() ?? "?"}/{landedId}";
            throw new ResourceNotFoundException(
                ErrorIds.FilmNotFound,
                $"Letterboxd has no film for {description}: the look-up landed on '{page.Film.Slug}', whose TMDB entry is " +
                $"{landed}. Check the id and -TmdbKind (Movie or Tv).",
                target, page.Film.Url);
        }

        return await CompleteAsync(call, page, target, includeStatistics).ConfigureAwait(false);
    }

    /// <summary>The film Letterboxd keeps for an IMDb title id: /imdb/ttN/ redirects to it.</summary>
    public static async Task<Film> GetFilmByImdbIdAsync(LetterboxdCall call, string imdbId, bool includeStatistics = false)
    {
        var id = LetterboxdInput.ImdbId(imdbId);
        var target = $"imdb:{id}";
        var page = await LookUpAsync(call, SitePaths.ImdbLookup(id), target, $"IMDb id {id}").ConfigureAwait(false);
        if (page.Film.ImdbId is { } landed && !string.Equals(landed, id, StringComparison.OrdinalIgnoreCase))
        {
            throw new ResourceNotFoundException(
                ErrorIds.FilmNotFound,
                $"Letterboxd has no film for IMDb id {id}: the look-up landed on '{page.Film.Slug}', whose IMDb id is " +
                $"{landed}.",
                target, page.Film.Url);
        }

        return await CompleteAsync(call, page, target, includeStatistics).ConfigureAwait(false);
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

    private static FilmPage ParsePage(LetterboxdCall call, PageResponse response, string target) =>
        PageParsing.Parse(call, response, target, "the film page",
            context => FilmPageParser.ParsePage(response.Body, context));

    // The look-up address answers a redirect; only a film page at the end of it is a film.
    private static async Task<FilmPage> LookUpAsync(LetterboxdCall call, string path, string target, string description)
    {
        PageResponse response;
        try
        {
            response = await call.FetchAsync(new PageRequest(path, ResourceKind.Film, target)).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException notFound)
        {
            throw new ResourceNotFoundException(
                ErrorIds.FilmNotFound,
                $"Letterboxd has no film for {description} ({notFound.Url?.AbsolutePath ?? path} answered 404). Check " +
                "the id; Letterboxd only knows films that TMDB lists.",
                target, notFound.Url ?? call.Session.ResolveUrl(path));
        }

        if (!response.Url.AbsolutePath.StartsWith("/film/", StringComparison.Ordinal))
        {
            throw new ResourceNotFoundException(
                ErrorIds.FilmNotFound,
                $"Letterboxd has no film for {description}: {path} led to {response.Url.AbsolutePath}, which is not a " +
                "film page.",
                target, response.Url);
        }

        var page = ParsePage(call, response, target);
        call.Observer.Verbose($"{description} is film '{page.Film.Slug}'");
        return page;
    }

    private static async Task<Film> CompleteAsync(
        LetterboxdCall call, FilmPage page, string requested, bool includeStatistics)
    {
        var film = page.Film with { RequestedAs = requested };
        return includeStatistics
            ? film with { Statistics = await FilmStatisticsReader.ReadAsync(call, page).ConfigureAwait(false) }
            : film;
    }
}
