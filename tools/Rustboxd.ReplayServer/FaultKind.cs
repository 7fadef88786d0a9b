namespace Rustboxd.Replay;

/// <summary>What a fault rule does to a matching request.</summary>
public enum FaultKind
{
    /// <summary>Wait <c>latencyMs</c> before answering; combines with one other fault.</summary>
    Latency,

    /// <summary>Answer <c>status</c> with a small body (and <c>Retry-After</c> when given).</summary>
    Status,

    /// <summary>Answer <c>status</c> with the body of <c>file</c>.</summary>
    Respond,

    /// <summary>Abort the connection without a response.</summary>
    Reset,

    /// <summary>Announce the full Content-Length, send half the body, then abort.</summary>
    Truncate,

    /// <summary>Send the body at about <c>bytesPerSecond</c>.</summary>
    SlowBody,

    /// <summary>Answer 302 with <c>location</c>.</summary>
    Redirect,
}
