using System.Text.RegularExpressions;

namespace Rustboxd.Replay;

/// <summary>
/// A validated fault rule with its compiled pattern, its remaining uses and its own random sequence.
/// Decisions take a lock so <c>times</c> and seeded draws stay exact under concurrent requests.
/// </summary>
internal sealed class ActiveFaultRule
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly Regex _pattern;
    private readonly Random? _random;
    private int? _remainingUses;

    private ActiveFaultRule(FaultRule rule, FaultKind kind, Regex pattern, string? respondFile)
    {
        Rule = rule;
        Kind = kind;
        _pattern = pattern;
        RespondFile = respondFile;
        _remainingUses = rule.Times;
        if (rule.Probability is not null)
        {
            _random = rule.Seed is { } seed ? new Random(seed) : new Random();
        }
    }

    public FaultRule Rule { get; }

    public FaultKind Kind { get; }

    /// <summary>Full path of a respond fault's body file.</summary>
    public string? RespondFile { get; }

    public static ActiveFaultRule Create(FaultRule rule, RouteTable routes)
    {
        if (!FaultKinds.TryParse(rule.Kind, out var kind))
        {
            throw new ArgumentException(
                $"Unknown fault kind '{rule.Kind}'; expected one of {string.Join(", ", FaultKinds.Names)}.");
        }

        FaultRuleValidator.Validate(rule, kind);
        var pattern = CompilePattern(rule.Pattern);
        string? respondFile = null;
        if (kind == FaultKind.Respond)
        {
            respondFile = routes.FindFile(rule.File!)
                ?? throw new ArgumentException($"Respond fault file '{rule.File}' is in none of the roots.");
        }

        return new ActiveFaultRule(rule, kind, pattern, respondFile);
    }

    /// <summary>Whether this request gets the fault; a yes uses up one of the rule's <c>times</c>.</summary>
    public bool TryApply(string pathAndQuery)
    {
        if (!_pattern.IsMatch(pathAndQuery))
        {
            return false;
        }

        lock (_gate)
        {
            if (_remainingUses == 0)
            {
                return false;
            }

            if (_random is not null && _random.NextDouble() >= Rule.Probability)
            {
                return false;
            }

            if (_remainingUses is not null)
            {
                _remainingUses--;
            }

            return true;
        }
    }

    private static Regex CompilePattern(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException error)
        {
            throw new ArgumentException($"Fault pattern '{pattern}' is not a valid regex: {error.Message}");
        }
    }
}
