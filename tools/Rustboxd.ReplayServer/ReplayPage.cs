using System.Text;

namespace Rustboxd.Replay;

/// <summary>A complete answer before it is sent: status, headers that matter and the body bytes.</summary>
internal sealed record ReplayPage(int Status, string ContentType, byte[] Body)
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    private const string PlainContentType = "text/plain; charset=utf-8";

    public string? Location { get; init; }

    public string? RetryAfter { get; init; }

    public static async Task<ReplayPage> ForRouteAsync(Route route, CancellationToken cancellation)
    {
        if (route.IsRedirect)
        {
            return Redirect(route.Status, route.RedirectLocation!);
        }

        var body = await File.ReadAllBytesAsync(route.FilePath!, cancellation);
        return new ReplayPage(route.Status, route.ContentType, body);
    }

    public static async Task<ReplayPage> NotFoundAsync(RouteTable routes, CancellationToken cancellation)
    {
        if (routes.NotFoundFile is null)
        {
            return PlainText(404, "Not found (replay server has no route for this path).");
        }

        return await HtmlFileAsync(404, routes.NotFoundFile, cancellation);
    }

    public static async Task<ReplayPage> HtmlFileAsync(int status, string file, CancellationToken cancellation) =>
        new(status, HtmlContentType, await File.ReadAllBytesAsync(file, cancellation));

    public static ReplayPage PlainText(int status, string text) =>
        new(status, PlainContentType, Encoding.UTF8.GetBytes(text + "\n"));

    public static ReplayPage Redirect(int status, string location) =>
        new(status, string.Empty, []) { Location = location };
}
