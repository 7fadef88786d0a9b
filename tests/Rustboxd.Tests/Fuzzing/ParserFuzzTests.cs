namespace Rustboxd.Tests.Fuzzing;

/// <summary>
/// The short fuzz run of the default suite: a few hundred seeded mutations of every page of each parser's kind. The long
/// run (10,000 per parser) is build.ps1 -Task Drill -Drill Fuzz. No timing is asserted; a parse that hangs fails.
/// </summary>
public sealed class ParserFuzzTests
{
    private const int CasesPerParser = 200;
    private const int Seed = 20261204;

    public static TheoryData<string> Targets
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var target in FuzzTargets.All)
            {
                data.Add(target.Name);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Raises_nothing_but_the_module_s_own_errors_on_damaged_pages(string name)
    {
        var target = FuzzTargets.All.Single(t => t.Name == name);
        var pages = FuzzTargets.PagesOf(target, Corpus.Root, Corpus.SyntheticRoot);

        var result = FuzzTargets.Run(target, pages, CasesPerParser, Seed);

        Assert.NotEmpty(pages);
        Assert.Equal(CasesPerParser, result.Cases);
        Assert.True(result.Crashes.Count == 0, string.Join("\n", result.Crashes.Take(10).Select(c =>
            $"{c.Page} seed {c.Seed} ({c.Mutation}): {c.Failure}")));
    }
}
