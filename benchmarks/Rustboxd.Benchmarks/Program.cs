using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Rustboxd.Benchmarks;

// In-process (no generated project to build and restore), a short but steady job: the figures are for
// docs/performance.md, not a gate. Pass BenchmarkDotNet's own arguments through, e.g. --filter '*grid*'.
var job = Job.Default
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithWarmupCount(3)
    .WithIterationCount(15)
    .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250));

var config = ManualConfig.CreateEmpty()
    .AddJob(job)
    .AddColumnProvider(DefaultColumnProviders.Instance)
    .AddColumn(StatisticColumn.Median)
    .AddLogger(ConsoleLogger.Default)
    .AddExporter(MarkdownExporter.GitHub)
    .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared))
    .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(80))
    .WithArtifactsPath(Path.Combine(ArtifactsRoot(), "out", "benchmarks"));

BenchmarkSwitcher.FromTypes([typeof(PageParseBenchmarks)]).Run(args, config);

// The repository's out/ folder, wherever the program is started from.
static string ArtifactsRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Rustboxd.sln")))
        {
            return dir.FullName;
        }
    }

    return Environment.CurrentDirectory;
}
