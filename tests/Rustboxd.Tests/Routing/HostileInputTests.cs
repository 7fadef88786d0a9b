using System.Text.RegularExpressions;
using Rustboxd.Errors;
using Rustboxd.Routing;

namespace Rustboxd.Tests.Routing;

/// <summary>
/// The hostile-input table (tests/fixtures/hostile/hostile-inputs.tsv): bad user names, film slugs, film addresses and
/// paths, list slugs, person slugs and addresses, IMDb ids and search queries, each refused by its validator with its error id and the input as the target. The Pester suite
/// runs the same table through the cmdlets and checks that the replay server saw no request.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, string, string, string> Rows
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            foreach (var row in HostileInputs.Read())
            {
                data.Add(row.Kind, row.Input, row.ErrorId, row.Why);
            }

            return data;
        }
    }

    [Fact]
    public void Holds_at_least_a_hundred_rows_of_every_kind_of_damage()
    {
        var rows = HostileInputs.Read();

        Assert.True(rows.Count >= 100, $"{rows.Count} rows");
        Assert.Equal(["FilmSlug", "ImdbId", "ListSlug", "PersonSlug", "SearchQuery", "UserName"],
            rows.Select(r => r.Kind).Distinct().Order());
        Assert.Contains(rows, r => r.Input.Length == 0);
        Assert.Contains(rows, r => r.Input.Any(char.IsControl));
        Assert.Contains(rows, r => r.Input.Contains("../", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Input.Contains("%2F", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Input.Contains('?'));
        Assert.Contains(rows, r => r.Input.Contains('#'));
        Assert.Contains(rows, r => r.Input.Contains("evil.example", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Input.Any(c => c > 0x7F));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Refuses_each_hostile_input_with_its_error_id(string kind, string input, string errorId, string why)
    {
        Func<string, string> validate = kind switch
        {
            "UserName" => LetterboxdInput.UserName,
            "FilmSlug" => LetterboxdInput.FilmSlug,
            "ListSlug" => LetterboxdInput.ListSlug,
            "PersonSlug" => LetterboxdInput.PersonSlug,
            "ImdbId" => LetterboxdInput.ImdbId,
            "SearchQuery" => LetterboxdInput.SearchQuery,
            _ => throw new InvalidOperationException($"unknown kind {kind}"),
        };

        var error = Assert.Throws<InvalidInputException>(() => validate(input));

        Assert.True(errorId == error.ErrorId, $"{why}: {error.ErrorId}");
        Assert.Equal(input, error.Target);
        Assert.DoesNotMatch(@"\p{Cc}", error.Message);
    }
}

/// <summary>One row of the hostile-input table.</summary>
public sealed record HostileInput(string Kind, string Input, string ErrorId, string Why)
{
    public override string ToString() => $"{Kind}: {Why}";
}

public static class HostileInputs
{
    public static string File => Path.Combine(Corpus.RepositoryRoot(), "tests", "fixtures", "hostile", "hostile-inputs.tsv");

    /// <summary>The rows, inputs unescaped (Regex.Unescape: \t \n \r \uXXXX \\).</summary>
    public static IReadOnlyList<HostileInput> Read() =>
        System.IO.File.ReadAllLines(File)
            .Where(line => !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => new HostileInput(cells[0], Regex.Unescape(cells[1]), cells[2], cells[3]))
            .ToArray();
}
