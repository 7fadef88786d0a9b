using System.Diagnostics;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Tests.Fuzzing;

/// <summary>A parser under fuzzing and the pages (captured and synthetic) its mutations start from.</summary>
public sealed record FuzzTarget(string Name, string[] Folders, Func<string, ParseContext, object?> Parse)
{
    public override string ToString() => Name;
}

/// <summary>A mutated page that made a parser throw something other than the module's own errors, or hang.</summary>
public sealed record FuzzCrash(string Target, string Page, int Seed, string Mutation, string Failure);

/// <summary>What one fuzz run of one parser did.</summary>
public sealed record FuzzResult(FuzzTarget Target, int Cases, int ModuleErrors, TimeSpan Slowest, IReadOnlyList<FuzzCrash> Crashes);

/// <summary>
/// Every page parser with its pages, and the loop that feeds them mutated pages. A parser may answer a damaged page
/// with a result, with warnings, or with the module's own errors (ParseException, MarkupDriftException); anything else,
/// or a single parse slower than <see cref="SlowParse"/>, is a crash to fix.
/// </summary>
public static class FuzzTargets
{
    public static readonly TimeSpan SlowParse = TimeSpan.FromSeconds(2);

    private static readonly Uri PageUrl = new("https://letterboxd.com/sampleuser/");

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("films grid", ["films", "likes", "synthetic/members"], FilmGridParser.Parse),
        new("watchlist", ["watchlist"], WatchlistParser.Parse),
        new("film page", ["film", "synthetic/film"], FilmPageParser.Parse),
        new("film rating chart", ["film-fragments", "film"], (html, context) => RatingStatisticsParser.FromFilmChart(html, context, "x")),
        new("profile", ["profile", "synthetic/members"], MemberProfileParser.Parse),
        new("profile rating chart", ["profile"], (html, context) => RatingStatisticsParser.FromProfile(html, context, "sampleuser")),
        new("diary", ["diary", "synthetic/diary"], DiaryParser.Parse),
        new("list page", ["list", "synthetic/lists"], ListPageParser.Parse),
        new("lists index", ["lists", "synthetic/lists"], ListSummaryParser.Parse),
        new("members table", ["network", "members"], MemberTableParser.Parse),
        new("reviews", ["reviews", "synthetic/reviews"], (html, context) => ReviewListParser.Parse(html, context)),
        new("review full text", ["synthetic/reviews"], (html, _) => ReviewText.FromFragment(html)),
        new("tags", ["synthetic/tags"], TagsParser.Parse),
        new("activity", ["synthetic/activity"], ActivityParser.Parse),
        new("browse grid", ["browse", "synthetic/browse"], BrowseGridParser.Parse),
        new("filmography", ["browse", "synthetic/filmography"], FilmographyParser.Parse),
        new("film statistics", ["synthetic/film"], (html, context) => FilmStatisticsParser.Parse(html, "x", context)),
        new("search results", ["synthetic/search"], (html, context) => SearchResultsParser.Parse(html, context, SearchType.Film)),
        new("diary feed (RSS)", ["rss", "synthetic/rss"], DiaryFeedParser.Parse),
    ];

    /// <summary>The target's pages: "synthetic/x" folders under the synthetic root, the others under the captured one.</summary>
    public static IReadOnlyList<(string Name, string Html)> PagesOf(FuzzTarget target, string capturedRoot, string syntheticRoot) =>
        target.Folders
            .Select(folder => folder.StartsWith("synthetic/", StringComparison.Ordinal)
                ? Path.Combine(syntheticRoot, folder["synthetic/".Length..])
                : Path.Combine(capturedRoot, folder))
            .SelectMany(folder => Directory.GetFiles(folder, "*.html").Concat(Directory.GetFiles(folder, "*.xml")))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
            .ToArray();

    /// <summary>
    /// Feeds the target <paramref name="cases"/> mutated pages, cycling through its pages; case i uses the seed
    /// <paramref name="seed"/> * 1,000,003 + i, so any failure can be replayed alone.
    /// </summary>
    public static FuzzResult Run(FuzzTarget target, IReadOnlyList<(string Name, string Html)> pages, int cases, int seed)
    {
        var crashes = new List<FuzzCrash>();
        var moduleErrors = 0;
        var slowest = TimeSpan.Zero;
        for (var index = 0; index < cases; index++)
        {
            var (name, html) = pages[index % pages.Count];
            var caseSeed = unchecked(seed * 1_000_003 + index);
            var (mutated, mutation) = PageMutator.Mutate(html, caseSeed);
            var clock = Stopwatch.StartNew();
            var failure = Try(target, mutated, ref moduleErrors);
            var elapsed = clock.Elapsed;
            slowest = elapsed > slowest ? elapsed : slowest;
            if (failure is null && elapsed > SlowParse)
            {
                failure = $"took {elapsed.TotalSeconds:0.0} s";
            }

            if (failure is not null)
            {
                crashes.Add(new FuzzCrash(target.Name, name, caseSeed, mutation, failure));
            }
        }

        return new FuzzResult(target, cases, moduleErrors, slowest, crashes);
    }

    /// <summary>Replays one case: the named page mutated with the seed a crash report gave; null when it parses cleanly.</summary>
    public static string? Replay(FuzzTarget target, string page, int seed, string capturedRoot, string syntheticRoot)
    {
        var html = PagesOf(target, capturedRoot, syntheticRoot).Single(p => p.Name == page).Html;
        var moduleErrors = 0;
        return Try(target, PageMutator.Mutate(html, seed).Page, ref moduleErrors);
    }

    private static string? Try(FuzzTarget target, string html, ref int moduleErrors)
    {
        try
        {
            target.Parse(html, new ParseContext(PageUrl, "sampleuser"));
            return null;
        }
        catch (LetterboxdException)
        {
            moduleErrors++;
            return null;
        }
        catch (Exception error)
        {
            var frame = new StackTrace(error, fNeedFileInfo: false).GetFrames()
                .Select(f => f.GetMethod())
                .FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("Rustboxd", StringComparison.Ordinal) == true);
            return $"{error.GetType().Name}: {error.Message} (in {frame?.DeclaringType?.Name}.{frame?.Name})";
        }
    }
}
