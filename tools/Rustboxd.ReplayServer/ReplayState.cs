namespace Rustboxd.Replay;

/// <summary>The server's changeable state: the request log and the current fault rules.</summary>
internal sealed class ReplayState(RouteTable routes)
{
    private volatile FaultSet _faults = FaultSet.Empty;

    public RequestLog Log { get; } = new();

    public FaultSet Faults => _faults;

    /// <summary>Replaces all fault rules at once; if one is invalid, throws and keeps the old rules.</summary>
    public IReadOnlyList<FaultRule> ReplaceFaults(IEnumerable<FaultRule> rules)
    {
        var compiled = FaultSet.Compile(rules, routes);
        _faults = compiled;
        return compiled.Rules;
    }

    public void ClearFaults() => _faults = FaultSet.Empty;
}
