namespace Rustboxd.Replay;

/// <summary>The JSON names of <see cref="FaultKind"/> values.</summary>
public static class FaultKinds
{
    private static readonly Dictionary<string, FaultKind> KindsByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["latency"] = FaultKind.Latency,
        ["status"] = FaultKind.Status,
        ["respond"] = FaultKind.Respond,
        ["reset"] = FaultKind.Reset,
        ["truncate"] = FaultKind.Truncate,
        ["slow-body"] = FaultKind.SlowBody,
        ["redirect"] = FaultKind.Redirect,
    };

    public static IEnumerable<string> Names => KindsByName.Keys;

    public static bool TryParse(string name, out FaultKind kind) => KindsByName.TryGetValue(name, out kind);

    public static string NameOf(FaultKind kind) => KindsByName.First(pair => pair.Value == kind).Key;
}
