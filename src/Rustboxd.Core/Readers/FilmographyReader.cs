using System.Runtime.CompilerServices;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// A person's films in one role (/actor/NAME/, /director/NAME/, ...), in the page's order, with the character for
/// an actor. The role menu states the number of films, which checks what was read.
/// </summary>
public static class FilmographyReader
{
    public static async IAsyncEnumerable<FilmographyEntry> ReadAsync(
        LetterboxdCall call,
        string person,
        ContributorRole role,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var slug = LetterboxdInput.PersonSlug(person);
        string? name = null;
        var source = new CollectionSource<FilmographyItem>
        {
            Target = slug,
            Name = $"{slug}'s films as {SitePaths.RoleSegment(role).Replace('-', ' ')}",
            ItemsName = "films",

            // A filmography page holds every film of the role (68 on one page in the captures); pagination, when
            // shown, still leads on.
            PageSize = 0,
            RequestFor = page => new PageRequest(SitePaths.Filmography(role, slug, page), ResourceKind.Person, slug),
            Parse = (html, context) =>
            {
                var page = FilmographyParser.Parse(html, context);
                name ??= page.PersonName;
                return page;
            },
        };

        var position = 0;
        await foreach (var (item, page) in CollectionReader.ReadAsync(call, source, maximumItems, onStatedTotal,
            cancellationToken).ConfigureAwait(false))
        {
            yield return new FilmographyEntry
            {
                Person = slug,
                PersonName = name,
                Role = role,
                Slug = item.Slug,
                Title = item.Title,
                Year = item.Year,
                Character = item.Character,
                LetterboxdId = item.LetterboxdId,
                ShortId = item.ShortId,
                Position = ++position,
                Page = page,
            };
        }
    }
}
