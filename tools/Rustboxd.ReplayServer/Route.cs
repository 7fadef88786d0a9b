namespace Rustboxd.Replay;

/// <summary>One line of a root's routes.tsv: what the server answers for one exact URL path.</summary>
/// <param name="Path">The URL path as listed, e.g. <c>/sampleuser7/films/</c>.</param>
/// <param name="Status">The HTTP status to answer.</param>
/// <param name="ContentType">The Content-Type of the body.</param>
/// <param name="FilePath">Full path of the body file; null for a redirect.</param>
/// <param name="RedirectLocation">The Location of a redirect route; null otherwise.</param>
public sealed record Route(string Path, int Status, string ContentType, string? FilePath, string? RedirectLocation)
{
    public bool IsRedirect => RedirectLocation is not null;

    public static bool IsRedirectStatus(int status) => status is 301 or 302 or 303 or 307 or 308;
}
