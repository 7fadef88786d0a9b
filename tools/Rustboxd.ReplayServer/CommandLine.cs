using System.Globalization;

namespace Rustboxd.Replay;

/// <summary>
/// Parses <c>--root DIR [--root DIR ...] [--port N] [--latency-ms N] [--faults FILE.json] [--paged PATH=N ...] [--parent-pid N]</c>
/// into server options. Throws <see cref="ArgumentException"/> with a message fit for the user.
/// </summary>
public static class CommandLine
{
    public const string Usage =
        "Usage: Rustboxd.ReplayServer --root DIR [--root DIR ...] [--port N] [--latency-ms N] [--faults FILE.json] " +
        "[--paged PATH=N ...] [--parent-pid N]";

    public static ReplayServerOptions Parse(IReadOnlyList<string> args)
    {
        var roots = new List<string>();
        var faults = new List<FaultRule>();
        var paged = new List<PagedRoute>();
        var port = 0;
        int? latencyMs = null;
        int? parent = null;
        for (var index = 0; index < args.Count; index += 2)
        {
            var name = args[index];
            if (index + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value.");
            }

            var value = args[index + 1];
            switch (name)
            {
                case "--root":
                    roots.Add(Path.GetFullPath(value));
                    break;
                case "--port":
                    port = ParseNumber(name, value, 0, 65535);
                    break;
                case "--latency-ms":
                    latencyMs = ParseNumber(name, value, 0, int.MaxValue);
                    break;
                case "--faults":
                    faults.AddRange(ReadFaultFile(value));
                    break;
                case "--paged":
                    paged.Add(PagedRoute.Parse(value));
                    break;
                case "--parent-pid":
                    parent = ParseNumber(name, value, 1, int.MaxValue);
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{name}'.");
            }
        }

        if (roots.Count == 0)
        {
            throw new ArgumentException("At least one --root is needed.");
        }

        if (latencyMs is not null)
        {
            faults.Insert(0, new FaultRule { Pattern = ".*", Kind = "latency", LatencyMs = latencyMs });
        }

        return new ReplayServerOptions
        {
            Roots = roots, Port = port, Faults = faults, Paged = paged, ParentProcessId = parent,
        };
    }

    private static int ParseNumber(string name, string value, int minimum, int maximum)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < minimum || number > maximum)
        {
            throw new ArgumentException($"{name} needs a whole number from {minimum} to {maximum}, not '{value}'.");
        }

        return number;
    }

    private static IReadOnlyList<FaultRule> ReadFaultFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ArgumentException($"Fault file '{path}' does not exist.");
        }

        try
        {
            return ReplayJson.ParseFaultRules(File.ReadAllText(path));
        }
        catch (System.Text.Json.JsonException error)
        {
            throw new ArgumentException($"Fault file '{path}' is not a JSON array of rules: {error.Message}");
        }
    }
}
