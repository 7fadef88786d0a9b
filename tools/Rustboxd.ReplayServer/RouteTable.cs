namespace Rustboxd.Replay;

/// <summary>
/// The routes of all roots merged, the last root winning for a path, plus the files the roots hold for
/// fault responses and the 404 page.
/// </summary>
public sealed class RouteTable
{
    public const string NotFoundPage = "errors/not-found.html";

    private readonly Dictionary<string, Route> _routes;
    private readonly HashSet<string> _queryRoutedPaths;

    private RouteTable(IReadOnlyList<string> roots, Dictionary<string, Route> routes, string? notFoundFile)
    {
        Roots = roots;
        _routes = routes;
        NotFoundFile = notFoundFile;
        _queryRoutedPaths = routes.Keys.Where(path => path.Contains('?')).Select(path => path[..path.IndexOf('?')])
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The root folders as full paths, in the order given.</summary>
    public IReadOnlyList<string> Roots { get; }

    public int Count => _routes.Count;

    /// <summary>The 404 body file, or null when no root has <c>errors/not-found.html</c>.</summary>
    public string? NotFoundFile { get; }

    /// <summary>Loads every root; a root without routes.tsv only contributes files.</summary>
    public static RouteTable Load(IEnumerable<string> roots)
    {
        var fullRoots = roots.Select(root => Path.GetFullPath(root)).ToList();
        if (fullRoots.Count == 0)
        {
            throw new ArgumentException("At least one root folder is needed.", nameof(roots));
        }

        var routes = new Dictionary<string, Route>(StringComparer.Ordinal);
        foreach (var root in fullRoots)
        {
            if (!Directory.Exists(root))
            {
                throw new DirectoryNotFoundException($"Replay root '{root}' does not exist.");
            }

            if (!File.Exists(Path.Combine(root, RouteFileParser.FileName)))
            {
                continue;
            }

            foreach (var route in RouteFileParser.Parse(root))
            {
                routes[route.Path] = route;
            }
        }

        return new RouteTable(fullRoots, routes, RootFiles.FindInLastRoot(fullRoots, NotFoundPage));
    }

    /// <summary>
    /// The route for a raw request path, else for its percent-decoded form, else null. A route whose path holds a
    /// query (a cursor page such as <c>/x/?after=5</c>) matches only that query; once a path has such routes, a
    /// query none of them names is not found, so a cursor the capture lacks ends a crawl instead of looping on the
    /// first page. Other paths ignore the query.
    /// </summary>
    public Route? Find(string rawPath, string query = "")
    {
        if (query.Length > 0 && (Lookup(rawPath + query) is { } exact))
        {
            return exact;
        }

        return query.Length > 0 && _queryRoutedPaths.Contains(Uri.UnescapeDataString(rawPath)) ? null : Lookup(rawPath);
    }

    private Route? Lookup(string raw)
    {
        if (_routes.TryGetValue(raw, out var route))
        {
            return route;
        }

        var decoded = Uri.UnescapeDataString(raw);
        return decoded != raw && _routes.TryGetValue(decoded, out route) ? route : null;
    }

    /// <summary>A file from the last root that has it, for fault responses; null when none does.</summary>
    public string? FindFile(string relativePath) => RootFiles.FindInLastRoot(Roots, relativePath);
}
