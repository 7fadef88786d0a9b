using System.Diagnostics;

namespace Rustboxd.Replay;

/// <summary>Sends a <see cref="ReplayPage"/> whole, cut short, slowly, or not at all.</summary>
internal static class PageWriter
{
    private const int SlowBodyTicksPerSecond = 20;

    public static async Task WriteAsync(HttpContext context, ReplayPage page, Delivery delivery, int bytesPerSecond)
    {
        if (delivery == Delivery.Reset)
        {
            context.Abort();
            return;
        }

        WriteHeaders(context.Response, page);
        var cancellation = context.RequestAborted;
        switch (delivery)
        {
            case Delivery.Truncated:
                await WriteHalfThenAbortAsync(context, page.Body, cancellation);
                break;
            case Delivery.Slow:
                await WritePacedAsync(context.Response, page.Body, bytesPerSecond, cancellation);
                break;
            default:
                await context.Response.Body.WriteAsync(page.Body, cancellation);
                break;
        }
    }

    private static void WriteHeaders(HttpResponse response, ReplayPage page)
    {
        response.StatusCode = page.Status;
        if (page.ContentType.Length > 0)
        {
            response.ContentType = page.ContentType;
        }

        response.ContentLength = page.Body.Length;
        if (page.Location is not null)
        {
            response.Headers.Location = page.Location;
        }

        if (page.RetryAfter is not null)
        {
            response.Headers.RetryAfter = page.RetryAfter;
        }
    }

    private static async Task WriteHalfThenAbortAsync(HttpContext context, byte[] body, CancellationToken cancellation)
    {
        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), cancellation);
        await context.Response.Body.FlushAsync(cancellation);

        // Give the transport a moment to put the half on the wire before the connection is torn down.
        await Task.Delay(TimeSpan.FromMilliseconds(20), cancellation);
        context.Abort();
    }

    private static async Task WritePacedAsync(
        HttpResponse response, byte[] body, int bytesPerSecond, CancellationToken cancellation)
    {
        var chunkSize = Math.Max(1, bytesPerSecond / SlowBodyTicksPerSecond);
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (sent < body.Length)
        {
            var count = Math.Min(chunkSize, body.Length - sent);
            await response.Body.WriteAsync(body.AsMemory(sent, count), cancellation);
            await response.Body.FlushAsync(cancellation);
            sent += count;

            var due = TimeSpan.FromSeconds((double)sent / bytesPerSecond) - clock.Elapsed;
            if (due > TimeSpan.Zero && sent < body.Length)
            {
                await Task.Delay(due, cancellation);
            }
        }
    }
}
