namespace Rustboxd.Replay;

/// <summary>An ordered, immutable set of active fault rules; replaced whole when the rules change.</summary>
internal sealed class FaultSet
{
    private readonly IReadOnlyList<ActiveFaultRule> _rules;

    private FaultSet(IReadOnlyList<ActiveFaultRule> rules) => _rules = rules;

    public static FaultSet Empty { get; } = new([]);

    public IReadOnlyList<FaultRule> Rules => _rules.Select(rule => rule.Rule).ToList();

    public static FaultSet Compile(IEnumerable<FaultRule> rules, RouteTable routes) =>
        new(rules.Select(rule => ActiveFaultRule.Create(rule, routes)).ToList());

    /// <summary>Walks the rules in order: every latency rule adds up, the first other rule that applies wins.</summary>
    public FaultPlan Plan(string pathAndQuery)
    {
        var latencyMs = 0;
        ActiveFaultRule? fault = null;
        foreach (var rule in _rules)
        {
            if (rule.Kind == FaultKind.Latency)
            {
                latencyMs += rule.TryApply(pathAndQuery) ? rule.Rule.LatencyMs ?? 0 : 0;
            }
            else if (fault is null && rule.TryApply(pathAndQuery))
            {
                fault = rule;
            }
        }

        return new FaultPlan(latencyMs, fault);
    }
}
