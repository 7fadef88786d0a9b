using System.Text.Encodings.Web;
using System.Text.Json;

namespace Rustboxd.Replay;

/// <summary>JSON settings shared by the control API and fault files: camelCase, case-insensitive on input.</summary>
public static class ReplayJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,

        // Readable apostrophes and slashes in messages and patterns; the output is only ever read as JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads a JSON array of fault rules, as in a <c>--faults</c> file.</summary>
    public static IReadOnlyList<FaultRule> ParseFaultRules(string json)
    {
        var rules = JsonSerializer.Deserialize<List<FaultRule>>(json, Options)
            ?? throw new JsonException("Expected a JSON array of fault rules, not null.");
        return rules;
    }
}
