using System.Globalization;

namespace Rustboxd.Harness;

/// <summary>A command's "--name value" options, each with its default.</summary>
internal sealed class Options(IReadOnlyDictionary<string, string> values)
{
    public static Options Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < args.Count; index++)
        {
            var name = args[index];
            if (!name.StartsWith("--", StringComparison.Ordinal) || index + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--name value', not '{name}'.");
            }

            values[name[2..]] = args[++index];
        }

        return new Options(values);
    }

    public int Int(string name, int fallback) =>
        values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) =>
        values.TryGetValue(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public int[] Ints(string name, int[] fallback) =>
        values.TryGetValue(name, out var value)
            ? value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray()
            : fallback;

    public double[] Doubles(string name, double[] fallback) =>
        values.TryGetValue(name, out var value)
            ? value.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()
            : fallback;

    public string? String(string name) => values.TryGetValue(name, out var value) ? value : null;
}
