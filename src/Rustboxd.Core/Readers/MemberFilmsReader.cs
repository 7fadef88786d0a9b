using System.Runtime.CompilerServices;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// A member's watched films (/USER/films/, or /USER/films/rated/R/ per rating) or liked films
/// (/USER/likes/films/), streamed in page order from the films grid.
/// </summary>
public static class MemberFilmsReader
{
    /// <summary>Letterboxd's films grid holds 72 posters a page.</summary>
    public const int PageSize = 72;

    /// <param name="call">The call the requests belong to.</param>
    /// <param name="userName">The member.</param>
    /// <param name="rating">Only films the member rated this many stars; null for all watched films.</param>
    /// <param name="maximumItems">Stop after this many films (skip + first); null for all.</param>
    /// <param name="onStatedTotal">Told the total the first page states, when it states one.</param>
    /// <param name="cancellationToken">Stops this read alone.</param>
    /// <param name="liked">Read the films the member liked instead of those they watched.</param>
    public static async IAsyncEnumerable<MemberFilm> ReadAsync(
        LetterboxdCall call,
        string userName,
        decimal? rating = null,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default,
        bool liked = false)
    {
        var name = LetterboxdInput.UserName(userName);
        var stars = rating is null ? (decimal?)null : LetterboxdInput.Rating(rating.Value);
        var source = new CollectionSource<FilmGridEntry>
        {
            Target = name,
            Name = liked ? $"{name}'s liked films" : stars is null ? $"{name}'s films" : $"{name}'s films rated {stars}",
            ItemsName = "films",
            PageSize = PageSize,
            RequestFor = page => new PageRequest(
                liked ? SitePaths.MemberLikedFilms(name, page) : SitePaths.MemberFilms(name, stars, page),
                ResourceKind.Member, name),
            Parse = FilmGridParser.Parse,
        };

        var entries = CollectionReader.ReadAsync(call, source, maximumItems, onStatedTotal, cancellationToken);
        await foreach (var (entry, page) in entries.ConfigureAwait(false))
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
                Page = page,
            };
        }
    }
}
