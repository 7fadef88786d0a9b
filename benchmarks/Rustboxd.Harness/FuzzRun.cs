using System.Diagnostics;
using Rustboxd.Tests.Fuzzing;

namespace Rustboxd.Harness;

/// <summary>
/// The long fuzz run: seeded mutations of every page of each parser's kind (the xUnit suite runs a few hundred per
/// parser, this run 10,000 by default), the parsers in parallel. Any exception other than the module's own parse errors,
/// or a parse slower than two seconds, is a crash; each is printed with the seed that replays it.
/// </summary>
internal static class FuzzRun
{
    public static int Run(Options options)
    {
        var cases = options.Int("iterations", 10_000);
        var seed = options.Int("seed", 1);
        var only = options.String("parser");
        var report = new Report();
        var targets = FuzzTargets.All.Where(t => only is null || t.Name == only).ToArray();
        report.Heading($"fuzz: {cases} mutated pages per parser, seed {seed}, {targets.Length} parsers");

        var clock = Stopwatch.StartNew();
        var results = targets
            .AsParallel().AsOrdered()
            .Select(target => FuzzTargets.Run(
                target, FuzzTargets.PagesOf(target, ReplayHost.CapturedPages, ReplayHost.SyntheticPages), cases, seed))
            .ToArray();

        foreach (var result in results)
        {
            report.Verdict(result.Crashes.Count == 0, result.Target.Name,
                $"{result.Cases} cases, {result.ModuleErrors} answered with the module's own errors, " +
                $"{result.Crashes.Count} crashes, slowest parse {Report.Number(result.Slowest.TotalMilliseconds, "0")} ms");
            foreach (var group in result.Crashes.GroupBy(Kind).Take(10))
            {
                var crash = group.First();
                report.Line($"  {group.Count()} x {crash.Failure}\n    first: {crash.Page} seed {crash.Seed}: {crash.Mutation}");
            }
        }

        report.Line($"{results.Sum(r => r.Cases)} cases in {Report.Number(clock.Elapsed.TotalSeconds, "0")} s");
        return report.ExitCode();
    }

    // Crashes of one kind: the exception type and the method it came from, without the message's details.
    private static string Kind(FuzzCrash crash)
    {
        var type = crash.Failure.Split(':')[0];
        var place = crash.Failure.LastIndexOf(" (in ", StringComparison.Ordinal) is var at and >= 0 ? crash.Failure[at..] : string.Empty;
        return type + place;
    }
}
