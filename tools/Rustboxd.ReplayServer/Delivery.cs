namespace Rustboxd.Replay;

/// <summary>How a page's bytes go out on the wire.</summary>
internal enum Delivery
{
    Whole,

    /// <summary>No response at all: the connection is aborted.</summary>
    Reset,

    /// <summary>Full Content-Length announced, half the body sent, then the connection aborted.</summary>
    Truncated,

    /// <summary>The body paced at a fixed byte rate.</summary>
    Slow,
}
