using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Rustboxd.Tests.Sessions;

/// <summary>
/// An HTTP handler that answers from a script: per path, a queue of responses (the last one repeats). Records
/// every request it saw, with its user agent, so tests can count what reached "the site".
/// </summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, Queue<Func<HttpResponseMessage>>> _script = new();

    public ConcurrentQueue<HttpRequestMessage> Requests { get; } = new();

    public IEnumerable<string> RequestedPaths => Requests.Select(r => r.RequestUri!.AbsolutePath);

    public ScriptedHandler On(string path, params Func<HttpResponseMessage>[] responses)
    {
        _script[path] = new Queue<Func<HttpResponseMessage>>(responses);
        return this;
    }

    public static Func<HttpResponseMessage> Page(HttpStatusCode status, string body = "<html><title>Page</title></html>",
        Action<HttpResponseMessage>? shape = null) => () =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "text/html") };
        shape?.Invoke(response);
        return response;
    };

    public static Func<HttpResponseMessage> Redirect(string location) =>
        Page(HttpStatusCode.MovedPermanently, string.Empty, r => r.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute));

    public static Func<HttpResponseMessage> Reset() => () => throw new HttpRequestException("connection reset by peer");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        var path = request.RequestUri!.AbsolutePath;
        if (!_script.TryGetValue(path, out var queue))
        {
            return Task.FromResult(Page(HttpStatusCode.NotFound, "<html><title>Not found</title></html>")());
        }

        Func<HttpResponseMessage> next;
        lock (queue)
        {
            next = queue.Count > 1 ? queue.Dequeue() : queue.Peek();
        }

        return Task.FromResult(next());
    }
}
