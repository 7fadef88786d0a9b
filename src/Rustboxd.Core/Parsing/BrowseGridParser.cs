using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Rustboxd.Models;
using Rustboxd.Paging;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>One page of a browse grid, or the page's shell with the address of the fragment that holds the grid.</summary>
/// <param name="Films">The films the page holds (none when the grid is loaded from the fragment).</param>
/// <param name="Pagination">The page's own pagination.</param>
/// <param name="StatedTotal">"There are 1,068 films ...", when the page says it.</param>
/// <param name="FragmentPath">The grid's fragment as the page names it (#films-browser-list-container[data-url]).</param>
public sealed record BrowseGridPage(
    IReadOnlyList<FilmListing> Films, Pagination Pagination, int? StatedTotal, string? FragmentPath)
    : ICollectionPage<FilmListing>
{
    IReadOnlyList<FilmListing> ICollectionPage<FilmListing>.Items => Films;
}

/// <summary>
/// Letterboxd's browse grids (/films/popular/..., a film's similar films) and the /csi/films/films-browser-list/
/// fragments that fill them: li.posteritem (2025-26), li.griditem / li.poster-container, or the 2018
/// li.film-poster FilmPosterComponent, each with the film's average rating in data-average-rating where shown. A page served to a plain HTTP client is a shell whose
/// #films-browser-list-container names the fragment in data-url; a page saved by a browser has the grid inlined.
/// </summary>
public static partial class BrowseGridParser
{
    private const string ContainerSelector = "#films-browser-list-container";
    private const string ItemSelector = "li.posteritem, li.griditem, li.poster-container, li.film-poster";

    public static BrowseGridPage Parse(string html, ParseContext context) => Parse(HtmlPage.Parse(html), context);

    public static BrowseGridPage Parse(IDocument document, ParseContext context)
    {
        var container = document.QuerySelector(ContainerSelector);
        IParentNode scope = container is null ? document : container;
        var films = new List<FilmListing>();
        var position = 0;
        foreach (var item in scope.QuerySelectorAll(ItemSelector))
        {
            position++;
            if (item.Closest("aside, .sidebar, #favourites") is not null)
            {
                continue;
            }

            var poster = PosterExtractor.Extract(item);
            if (poster is null)
            {
                context.Warn($"grid item {position} has no film slug and was skipped");
                continue;
            }

            films.Add(new FilmListing
            {
                Slug = poster.Slug,
                Title = poster.Title,
                Year = poster.Year,
                AverageRating = AverageRating(item),
                LetterboxdId = poster.LetterboxdId,
                ShortId = poster.ShortId,
                Position = films.Count + 1,
            });
        }

        var fragment = NamedFragment(container);
        context.Trace($"browse grid: {films.Count} films from {position} items; fragment {fragment ?? "none"}");
        return new BrowseGridPage(films, Pagination.From(document), StatedTotal(document), fragment);
    }

    /// <summary>
    /// The fragment address the container names, when it is a plain site path under /films/ajax/ or /csi/: nothing
    /// else a page says becomes a request.
    /// </summary>
    public static string? NamedFragment(IElement? container)
    {
        var named = HtmlPage.SitePath(container?.GetAttribute("data-url"));
        return named is not null && FragmentPath().IsMatch(named) && !named.Contains("..", StringComparison.Ordinal)
            ? named
            : null;
    }

    // "There are 1,068 films in multiple genres released in the 1960s."
    private static int? StatedTotal(IDocument document)
    {
        var heading = HtmlPage.Text(document.QuerySelector(".ui-block-heading, .filtered-message p"));
        return heading is not null && heading.Contains("film", StringComparison.OrdinalIgnoreCase)
            ? SiteNumber.ParseInt(heading)
            : null;
    }

    private static decimal? AverageRating(IElement item)
    {
        var text = HtmlPage.Attribute(item, "data-average-rating")
            ?? HtmlPage.Attribute(item.QuerySelector("[data-average-rating]"), "data-average-rating");
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rating)
            && rating is > 0 and <= 5
            ? rating
            : null;
    }

    [GeneratedRegex(@"\A/(?:films/ajax|csi)/[A-Za-z0-9/_%+.-]*/(?:\?[A-Za-z0-9=&_%+.-]*)?\z")]
    private static partial Regex FragmentPath();
}
