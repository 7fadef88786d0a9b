namespace Rustboxd.Replay;

/// <summary>What the fault rules decided for one request: total latency and at most one other fault.</summary>
internal readonly record struct FaultPlan(int LatencyMs, ActiveFaultRule? Fault)
{
    /// <summary>The name recorded in the request log: the main fault's kind, else "latency", else null.</summary>
    public string? LoggedName => Fault is not null
        ? FaultKinds.NameOf(Fault.Kind)
        : LatencyMs > 0 ? FaultKinds.NameOf(FaultKind.Latency) : null;
}
