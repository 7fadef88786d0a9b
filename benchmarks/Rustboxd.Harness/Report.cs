using System.Globalization;

namespace Rustboxd.Harness;

/// <summary>Plain-text output every harness shares: a heading, aligned rows, and one verdict line per check.</summary>
internal sealed class Report
{
    private int _failed;

    public bool Passed => _failed == 0;

    public static string Number(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);

    public void Heading(string text) => Console.WriteLine($"\n== {text}");

    public void Line(string text) => Console.WriteLine(text);

    /// <summary>Prints "PASS name: figures" or "FAIL name: figures"; a failure makes the command exit 1.</summary>
    public void Verdict(bool passed, string name, string figures)
    {
        if (!passed)
        {
            _failed++;
        }

        Console.WriteLine($"{(passed ? "PASS" : "FAIL")} {name}: {figures}");
    }

    public int ExitCode() => Passed ? 0 : 1;
}
