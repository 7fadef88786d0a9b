using System.Text.Json.Serialization;

namespace Rustboxd.Replay;

/// <summary>
/// One fault rule as written in JSON (<c>--faults FILE.json</c> or <c>POST /_replay/faults</c>). Which of the
/// optional members matter depends on <see cref="Kind"/>; see <see cref="FaultKinds"/>.
/// </summary>
public sealed record FaultRule
{
    /// <summary>.NET regex matched against the request's raw path plus query, e.g. <c>/x/?cursor=1</c>.</summary>
    public string Pattern { get; init; } = ".*";

    /// <summary>latency, status, respond, reset, truncate, slow-body or redirect.</summary>
    public string Kind { get; init; } = string.Empty;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? LatencyMs { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Status { get; init; }

    /// <summary>Retry-After value sent with a status fault: seconds or an HTTP date.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RetryAfter { get; init; }

    /// <summary>Apply to the first N matching requests only; null applies always.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Times { get; init; }

    /// <summary>Chance (0..1) that a matching request gets the fault; null means always.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Probability { get; init; }

    /// <summary>Seed of the rule's own random sequence, for repeatable probability faults.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Seed { get; init; }

    /// <summary>Body file of a respond fault, relative to the roots (the last root that has it wins).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? File { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? BytesPerSecond { get; init; }

    /// <summary>Location header of a redirect fault.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Location { get; init; }
}
