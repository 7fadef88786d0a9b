using Rustboxd.Harness;

// rustboxd-harness COMMAND [--name value ...]; each command prints its figures and PASS/FAIL lines, and exits 1 when a
// target is missed.
const string Usage = """
    Usage: Rustboxd.Harness COMMAND [--name value ...]
      throughput  [--pages 30] [--latency-ms 150] [--rates 2,20] [--throttle-limits 1,3,8]
      limiter     [--requests 100] [--rate 2] [--burst 5]
      faults      [--pages 20] [--fault-rate 0.3] [--seeds 1,2,3,4,5] [--max-retry 6]
      challenge   [--pages 20] [--throttle-limit 3] [--challenge-page 5]
      fuzz        [--iterations 10000] [--seed 1] [--parser NAME]
    """;

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

Options options;
try
{
    options = Options.Parse(args[1..]);
}
catch (Exception error) when (error is ArgumentException or FormatException)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}

Console.WriteLine($"Rustboxd harness: {args[0]} on {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
    $"{DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}");
return args[0] switch
{
    "throughput" => await Throughput.RunAsync(options),
    "limiter" => await LimiterFidelity.RunAsync(options),
    "faults" => await FaultDrill.RunAsync(options),
    "challenge" => await ChallengeDrill.RunAsync(options),
    "fuzz" => FuzzRun.Run(options),
    _ => Fail($"Unknown command '{args[0]}'."),
};

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    Console.Error.WriteLine(Usage);
    return 2;
}
