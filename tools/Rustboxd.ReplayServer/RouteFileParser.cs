namespace Rustboxd.Replay;

/// <summary>
/// Reads a routes.tsv (<c>path file status content_type note</c>, tab-separated, <c>#</c> comments) into routes.
/// A redirect status puts the redirect target in the file column.
/// </summary>
internal static class RouteFileParser
{
    public const string FileName = "routes.tsv";

    private const string HeaderStart = "path\tfile\t";

    public static IReadOnlyList<Route> Parse(string rootFolder)
    {
        var routesFile = System.IO.Path.Combine(rootFolder, FileName);
        var routes = new List<Route>();
        var lines = File.ReadAllLines(routesFile);
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            if (IsSkipped(line))
            {
                continue;
            }

            routes.Add(ParseLine(rootFolder, line, $"{routesFile}:{index + 1}"));
        }

        return routes;
    }

    private static bool IsSkipped(string line) =>
        string.IsNullOrWhiteSpace(line)
        || line.StartsWith('#')
        || line.StartsWith(HeaderStart, StringComparison.Ordinal);

    private static Route ParseLine(string rootFolder, string line, string where)
    {
        var columns = line.Split('\t');
        if (columns.Length < 3)
        {
            throw new InvalidDataException($"{where}: expected at least path, file and status columns.");
        }

        var path = columns[0].Trim();
        var file = columns[1].Trim();
        if (!path.StartsWith('/'))
        {
            throw new InvalidDataException($"{where}: path '{path}' must start with '/'.");
        }

        if (!int.TryParse(columns[2].Trim(), out var status) || status is < 100 or > 599)
        {
            throw new InvalidDataException($"{where}: status '{columns[2]}' is not an HTTP status.");
        }

        var contentType = columns.Length > 3 ? columns[3].Trim() : string.Empty;
        if (Route.IsRedirectStatus(status))
        {
            return new Route(path, status, contentType, FilePath: null, RedirectLocation: file);
        }

        var fullPath = RootFiles.ResolveInside(rootFolder, file)
            ?? throw new InvalidDataException($"{where}: file '{file}' is outside the root.");
        if (!File.Exists(fullPath))
        {
            throw new InvalidDataException($"{where}: file '{file}' does not exist.");
        }

        return new Route(path, status, contentType.Length > 0 ? contentType : ContentTypeOf(file), fullPath, null);
    }

    private static string ContentTypeOf(string file) => System.IO.Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
