namespace Rustboxd.Replay;

/// <summary>The <see cref="PagedRoute"/>s in force, each with its source page read once at start.</summary>
internal sealed class PagedCollections
{
    private readonly IReadOnlyList<(PagedRoute Paged, Route Route, byte[] Body)> _collections;

    private PagedCollections(IReadOnlyList<(PagedRoute, Route, byte[])> collections) => _collections = collections;

    public static PagedCollections None { get; } = new([]);

    /// <summary>Checks that each path is routed to a page with a pagination block; throws ArgumentException if not.</summary>
    public static PagedCollections Load(IReadOnlyList<PagedRoute> paged, RouteTable routes)
    {
        var collections = new List<(PagedRoute, Route, byte[])>();
        foreach (var route in paged)
        {
            var source = routes.Find(route.Path);
            if (source?.FilePath is null || source.Status != 200)
            {
                throw new ArgumentException($"--paged {route.Path}: no root routes that path to a page.");
            }

            var body = File.ReadAllBytes(source.FilePath);
            if (!PaginationRewriter.CanRewrite(body))
            {
                throw new ArgumentException(
                    $"--paged {route.Path}: its page ({source.FilePath}) has no <div class=\"pagination\"> block to rewrite.");
            }

            collections.Add((route, source, body));
        }

        return new PagedCollections(collections);
    }

    /// <summary>Page K of a paged collection for <paramref name="path"/>, or null when the path is none of them.</summary>
    public ReplayPage? Find(string path)
    {
        foreach (var (paged, route, body) in _collections)
        {
            if (paged.PageOf(path) is { } page)
            {
                return new ReplayPage(200, route.ContentType, PaginationRewriter.Rewrite(body, paged.Path, page, paged.Pages));
            }
        }

        return null;
    }
}
