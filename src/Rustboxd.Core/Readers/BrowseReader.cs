using System.Runtime.CompilerServices;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// Browse grids: Letterboxd's popular films (by period, genre, year, decade, streaming service) and a film's similar
/// films, 72 a page, in the site's order. The page a plain HTTP client gets is a shell whose
/// #films-browser-list-container names the fragment holding the grid; that named address is used first, and when it
/// is the retired /films/ajax/... one that now answers 404, its /csi/films/films-browser-list/... successor (bug-log
/// BL-15). A page that has its grid inlined (as a browser saves it) costs one request. Later pages are the fragment's
/// page N when the grid came from a fragment, else the page's own page N; reading follows the page's next link, or a
/// full page without pagination, and stops once -First is satisfied.
/// </summary>
public static class BrowseReader
{
    public const int PageSize = 72;

    /// <summary>The most pages one browse reads; the popular films of all time run to thousands of pages.</summary>
    public const int MaximumPages = 1_000;

    public static IAsyncEnumerable<FilmListing> ReadBrowseAsync(
        LetterboxdCall call, FilmBrowse browse, long? maximumItems = null, Action<int>? onStatedTotal = null,
        CancellationToken cancellationToken = default) =>
        ReadAsync(call, new Grid(SitePaths.BrowseFilms(browse), browse.Description, ResourceKind.Page,
            page => SitePaths.BrowseFilms(browse, page)), maximumItems, onStatedTotal, cancellationToken);

    public static IAsyncEnumerable<FilmListing> ReadSimilarAsync(
        LetterboxdCall call, string slug, long? maximumItems = null, Action<int>? onStatedTotal = null,
        CancellationToken cancellationToken = default)
    {
        var film = LetterboxdInput.FilmSlug(slug);
        return ReadAsync(call, new Grid(film, $"films similar to {film}", ResourceKind.Film,
            page => SitePaths.SimilarFilms(film, page)), maximumItems, onStatedTotal, cancellationToken);
    }

    private static async IAsyncEnumerable<FilmListing> ReadAsync(
        LetterboxdCall call, Grid grid, long? maximumItems, Action<int>? onStatedTotal,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (maximumItems <= 0)
        {
            yield break;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(call.CancellationToken, cancellationToken);
        var shell = await FetchAsync(call, grid, grid.PageAt(1), stop.Token).ConfigureAwait(false);
        var (page, fragment) = shell.Films.Count > 0
            ? (shell, null)
            : await FromFragmentAsync(call, grid, shell, stop.Token).ConfigureAwait(false);

        var stated = shell.StatedTotal ?? page.StatedTotal;
        CheckFirstPage(call, grid, page, stated);
        if (stated is { } total)
        {
            onStatedTotal?.Invoke(total);
        }

        var position = 0;
        for (var number = 1; ; number++)
        {
            foreach (var film in page.Films)
            {
                yield return film with { Position = ++position, Page = number };
                if (position >= maximumItems)
                {
                    yield break;
                }
            }

            if (!HasNext(page, number) || number >= MaximumPages)
            {
                break;
            }

            // The page's own Older link where the grid came with the page; the fragment's page N where it did not.
            var next = fragment is null
                ? PlainPath(page.Pagination.NextPath) ?? grid.PageAt(number + 1)
                : SitePaths.FragmentPage(fragment, number + 1);
            try
            {
                page = await FetchAsync(call, grid, next, stop.Token).ConfigureAwait(false);
            }
            catch (ResourceNotFoundException)
            {
                call.Observer.Warning($"page {number + 1} of {grid.Name} was not found although page {number} leads to " +
                    "it; stopped there");
                break;
            }

            if (page.Films.Count == 0)
            {
                break;
            }

            var read = position + page.Films.Count;
            call.Observer.Progress(new CallProgress(grid.Name, $"page {number + 1}, {read} films", -1));
        }

        call.Observer.Progress(new CallProgress(grid.Name, "done", 100, Completed: true));
    }

    // The shell names its fragment; a retired /films/ajax/ address answers 404 and gives way to its successor.
    private static async Task<(BrowseGridPage Page, string? Fragment)> FromFragmentAsync(
        LetterboxdCall call, Grid grid, BrowseGridPage shell, CancellationToken cancellationToken)
    {
        var named = shell.FragmentPath;
        var successor = SitePaths.BrowseFragment(named ?? grid.PageAt(1));
        if (named is null && successor is null)
        {
            return (shell, null);
        }

        if (named is not null)
        {
            try
            {
                return (await FetchAsync(call, grid, named, cancellationToken).ConfigureAwait(false), named);
            }
            catch (ResourceNotFoundException) when (successor is not null && successor != named)
            {
                call.Observer.Debug($"the page names the fragment {named}, which is gone; reading {successor}");
            }
        }

        return (await FetchAsync(call, grid, successor!, cancellationToken).ConfigureAwait(false), successor);
    }

    private static async Task<BrowseGridPage> FetchAsync(
        LetterboxdCall call, Grid grid, string path, CancellationToken cancellationToken)
    {
        var response = await call.FetchAsync(new PageRequest(path, grid.Kind, grid.Target), cancellationToken)
            .ConfigureAwait(false);
        return PageParsing.Parse(call, response, grid.Target, grid.Name,
            context => BrowseGridParser.Parse(response.Body, context));
    }

    // Films stated but none read is drift, never an empty list (bug-log BL-07).
    private static void CheckFirstPage(LetterboxdCall call, Grid grid, BrowseGridPage page, int? stated)
    {
        if (page.Films.Count == 0 && stated > 0)
        {
            var url = call.Session.ResolveUrl(grid.PageAt(1));
            throw new MarkupDriftException(
                $"{url.AbsolutePath} states {stated} films but none could be read from it or its fragment: " +
                "Letterboxd's markup has probably changed. Please report it.",
                grid.Target, url, stated.Value, 0);
        }
    }

    // Only a plain site path the page links to becomes a request: no host, no query, no "..".
    private static string? PlainPath(string? path) =>
        path is not null && path.StartsWith('/') && path.EndsWith('/') && !path.Contains("..", StringComparison.Ordinal)
        && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '%' or '+' or '.')
            ? path
            : null;

    private static bool HasNext(BrowseGridPage page, int number) =>
        page.Pagination.NextPath is not null
        || page.Pagination.LastPage > number
        || (!page.Pagination.Shown && page.Films.Count >= PageSize);

    private sealed record Grid(string Target, string Name, ResourceKind Kind, Func<int, string> PageAt);
}
