namespace Rustboxd.Replay;

/// <summary>Checks that a fault rule carries the members its kind needs, with sensible values.</summary>
internal static class FaultRuleValidator
{
    public static void Validate(FaultRule rule, FaultKind kind)
    {
        Require(!string.IsNullOrEmpty(rule.Pattern), "Every fault rule needs a pattern.");
        Require(rule.Times is null or >= 0, "times must be zero or more.");
        Require(rule.Probability is null or >= 0 and <= 1, "probability must be between 0 and 1.");

        switch (kind)
        {
            case FaultKind.Latency:
                Require(rule.LatencyMs is >= 0, "A latency fault needs latencyMs (zero or more).");
                break;
            case FaultKind.Status:
                Require(rule.Status is >= 100 and <= 599, "A status fault needs status (100-599).");
                break;
            case FaultKind.Respond:
                Require(rule.Status is >= 100 and <= 599, "A respond fault needs status (100-599).");
                Require(!string.IsNullOrEmpty(rule.File), "A respond fault needs file.");
                break;
            case FaultKind.SlowBody:
                Require(rule.BytesPerSecond is > 0, "A slow-body fault needs bytesPerSecond (more than zero).");
                break;
            case FaultKind.Redirect:
                Require(!string.IsNullOrEmpty(rule.Location), "A redirect fault needs location.");
                break;
            case FaultKind.Reset:
            case FaultKind.Truncate:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unhandled fault kind.");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
