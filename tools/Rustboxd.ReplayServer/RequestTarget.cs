using Microsoft.AspNetCore.Http.Features;

namespace Rustboxd.Replay;

/// <summary>The request's path and query exactly as the client sent them (not percent-decoded).</summary>
internal readonly record struct RequestTarget(string Path, string Query)
{
    public string PathAndQuery => Path + Query;

    public static RequestTarget Of(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(rawTarget) || !rawTarget.StartsWith('/'))
        {
            // Absolute-form or missing targets: fall back to what ASP.NET parsed.
            var path = context.Request.PathBase.Add(context.Request.Path).ToUriComponent();
            return new RequestTarget(path, context.Request.QueryString.ToUriComponent());
        }

        var queryStart = rawTarget.IndexOf('?');
        return queryStart < 0
            ? new RequestTarget(rawTarget, string.Empty)
            : new RequestTarget(rawTarget[..queryStart], rawTarget[queryStart..]);
    }
}
