namespace Rustboxd.Replay;

/// <summary>One request the server answered (or aborted), as listed by <c>GET /_replay/requests</c>.</summary>
/// <param name="Time">When the request arrived, UTC.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The raw request path, as sent.</param>
/// <param name="Query">The raw query string with its '?', or empty.</param>
/// <param name="Status">The status answered; 0 when the connection was reset without a response.</param>
/// <param name="Fault">The fault applied: a kind name such as "status", "latency" alone, or null.</param>
/// <param name="LatencyMs">Latency added by latency rules, in milliseconds.</param>
public sealed record RecordedRequest(
    DateTime Time,
    string Method,
    string Path,
    string Query,
    int Status,
    string? Fault,
    int LatencyMs);
