namespace Rustboxd.Completers;

/// <summary>
/// Letterboxd's nineteen film genres as they appear in its addresses (/films/genre/science-fiction/), for the
/// -Genre parameters of browsing and filtering cmdlets. The site's genre list is fixed (the TMDB genres); themes
/// and nanogenres are open-ended and get no completer.
/// </summary>
public sealed class GenreCompleter : FixedValuesCompleter
{
    private static readonly (string Slug, string Name)[] Genres =
    [
        ("action", "Action"), ("adventure", "Adventure"), ("animation", "Animation"), ("comedy", "Comedy"),
        ("crime", "Crime"), ("documentary", "Documentary"), ("drama", "Drama"), ("family", "Family"),
        ("fantasy", "Fantasy"), ("history", "History"), ("horror", "Horror"), ("music", "Music"),
        ("mystery", "Mystery"), ("romance", "Romance"), ("science-fiction", "Science Fiction"),
        ("thriller", "Thriller"), ("tv-movie", "TV Movie"), ("war", "War"), ("western", "Western"),
    ];

    protected override IEnumerable<(string Value, string ListItem, string ToolTip)> Values(string typed) =>
        Genres.Select(genre => (genre.Slug, genre.Slug, genre.Name));
}
