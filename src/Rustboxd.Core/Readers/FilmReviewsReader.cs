using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// A film's reviews by every member, popular first (/film/SLUG/reviews/by/activity/, the order of the film page's
/// "Popular reviews") or newest first (/by/added/), with their whole text, 12 a page.
/// </summary>
public static class FilmReviewsReader
{
    public static IAsyncEnumerable<Review> ReadAsync(
        LetterboxdCall call,
        string slug,
        ReviewSort order = ReviewSort.Popular,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        CancellationToken cancellationToken = default)
    {
        var film = LetterboxdInput.FilmSlug(slug);
        var source = new CollectionSource<ReviewEntry>
        {
            Target = film,
            Name = order == ReviewSort.Recent ? $"recent reviews of {film}" : $"popular reviews of {film}",
            ItemsName = "reviews",
            PageSize = ReviewsReader.PageSize,
            RequestFor = page => new PageRequest(SitePaths.FilmReviews(film, order, page), ResourceKind.Film, film),

            // Each review names its author; the film is the one the page is about.
            Parse = (html, context) => ReviewListParser.Parse(html, context, author: null),
        };

        return ReviewsReader.ReadAsync(call, source, likedBy: null, maximumItems, onStatedTotal, cancellationToken);
    }
}
