namespace Rustboxd.Replay;

/// <summary>
/// A routed collection page served as a longer collection: <c>--paged /sampleuser7/films/=30</c> serves
/// /sampleuser7/films/ and /sampleuser7/films/page/K/ for K from 1 to 30, each the routed page with its pagination
/// rewritten to say page K of 30. For throughput and memory runs that need more pages than any capture has.
/// </summary>
/// <param name="Path">The collection's page-1 path as routed, with its trailing slash.</param>
/// <param name="Pages">How many pages the collection has.</param>
public sealed record PagedRoute(string Path, int Pages)
{
    public const int MaximumPages = 10_000;

    /// <summary>Reads <c>PATH=N</c>; throws <see cref="ArgumentException"/> with a message fit for the user.</summary>
    public static PagedRoute Parse(string value)
    {
        var equals = value.LastIndexOf('=');
        if (equals <= 0
            || !int.TryParse(value.AsSpan(equals + 1), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var pages)
            || pages is < 1 or > MaximumPages)
        {
            throw new ArgumentException(
                $"--paged needs PATH=N with N from 1 to {MaximumPages}, such as /sampleuser7/films/=30, not '{value}'.");
        }

        var path = value[..equals];
        if (!path.StartsWith('/') || !path.EndsWith('/') || path.Contains("/page/", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"--paged needs a collection's page-1 path starting and ending with '/', such as /sampleuser7/films/, not '{path}'.");
        }

        return new PagedRoute(path, pages);
    }

    /// <summary>The page number <paramref name="requestPath"/> asks for, or null when it is not one of ours.</summary>
    public int? PageOf(string requestPath)
    {
        if (requestPath == Path)
        {
            return 1;
        }

        if (!requestPath.StartsWith(Path + "page/", StringComparison.Ordinal) || !requestPath.EndsWith('/'))
        {
            return null;
        }

        var number = requestPath.AsSpan(Path.Length + "page/".Length, requestPath.Length - Path.Length - "page/".Length - 1);
        return int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture,
            out var page) && page >= 1 && page <= Pages ? page : null;
    }
}
