using System.Reflection;
using Rustboxd.Errors;

namespace Rustboxd.Tests;

public sealed class DocumentationTests
{
    public static TheoryData<string> EveryErrorId()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(ErrorIds).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            data.Add((string)field.GetValue(null)!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryErrorId))]
    public void Documents_every_error_id_in_the_errors_table(string errorId)
    {
        var table = File.ReadAllText(Path.Combine(Corpus.RepositoryRoot(), "docs", "errors.md"));

        Assert.Contains($"| `{errorId}` |", table, StringComparison.Ordinal);
    }
}
