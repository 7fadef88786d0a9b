using System.Net;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Sessions;
using Rustboxd.Tests.Sessions;
using static Rustboxd.Tests.Sessions.ScriptedHandler;

namespace Rustboxd.Tests.Readers;

/// <summary>
/// Which diary address is asked, and what an empty, missing or drifted diary gives. Pages are tiny 2026-style
/// tables served by a scripted handler, so every request is counted.
/// </summary>
public sealed class DiaryReaderTests
{
    private static readonly SessionOptions Fast = new()
    {
        BaseUri = new Uri("https://letterboxd.test/"),
        RequestsPerSecond = 1000,
        BurstSize = 100,
    };

    [Fact]
    public async Task Reads_the_current_address_with_one_request_a_page()
    {
        var handler = new ScriptedHandler()
            .On("/member/diary/", Page(HttpStatusCode.OK, Diary(["a", "b"], pages: 2)))
            .On("/member/diary/films/page/2/", Page(HttpStatusCode.OK, Diary(["c"], pages: 2, current: 2)));

        var (entries, _) = await ReadAll(handler);

        Assert.Equal(["a", "b", "c"], entries.Select(e => e.Slug));
        Assert.Equal([1, 1, 2], entries.Select(e => e.Page));
        Assert.Equal(["/member/diary/", "/member/diary/films/page/2/"], handler.RequestedPaths);
    }

    [Fact]
    public async Task Falls_back_to_the_address_before_2026_and_keeps_it_for_later_pages()
    {
        var handler = new ScriptedHandler()
            .On("/member/films/diary/", Page(HttpStatusCode.OK, Diary(["a", "b"], pages: 2)))
            .On("/member/films/diary/page/2/", Page(HttpStatusCode.OK, Diary(["c"], pages: 2, current: 2)));

        var (entries, _) = await ReadAll(handler);

        Assert.Equal(["a", "b", "c"], entries.Select(e => e.Slug));
        Assert.Equal(["/member/diary/", "/member/films/diary/", "/member/films/diary/page/2/"], handler.RequestedPaths);
    }

    [Fact]
    public async Task Asks_for_a_year_or_a_month_at_the_current_address_and_then_the_old_one()
    {
        var handler = new ScriptedHandler()
            .On("/member/films/diary/for/2024/02/", Page(HttpStatusCode.OK, Diary(["a"])));

        var (entries, _) = await ReadAll(handler, year: 2024, month: 2);

        Assert.Equal(["a"], entries.Select(e => e.Slug));
        Assert.Equal(["/member/diary/films/for/2024/02/", "/member/films/diary/for/2024/02/"], handler.RequestedPaths);
    }

    [Fact]
    public async Task Reports_an_unknown_member_after_asking_both_addresses_and_the_profile()
    {
        var handler = new ScriptedHandler();

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => ReadAll(handler));

        Assert.Equal(ErrorIds.MemberNotFound, error.ErrorId);
        Assert.Equal("member", error.Target);
        Assert.Equal(["/member/diary/", "/member/films/diary/", "/member/"], handler.RequestedPaths);
    }

    [Fact]
    public async Task Reports_a_missing_page_not_a_missing_member_when_the_profile_exists()
    {
        var handler = new ScriptedHandler().On("/member/", Page(HttpStatusCode.OK, "<html><body></body></html>"));

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => ReadAll(handler));

        Assert.Equal(ErrorIds.PageNotFound, error.ErrorId);
        Assert.Equal("member", error.Target);
        Assert.Contains("/member/films/diary/ answered 404 although member's profile exists", error.Message);
        Assert.Equal(["/member/diary/", "/member/films/diary/", "/member/"], handler.RequestedPaths);
    }

    [Fact]
    public async Task Returns_nothing_and_no_warning_for_a_member_whose_diary_is_empty()
    {
        // BL-30: an existing member with no entries gets a page without a table, not a 404.
        var handler = new ScriptedHandler()
            .On("/member/diary/", Page(HttpStatusCode.OK, "<html><body><p>No entries</p></body></html>"));

        var (entries, warnings) = await ReadAll(handler);

        Assert.Empty(entries);
        Assert.Empty(warnings);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Reports_markup_drift_when_page_one_names_later_pages_but_yields_no_rows()
    {
        var handler = new ScriptedHandler().On("/member/diary/", Page(HttpStatusCode.OK, Diary([], pages: 3)));

        var error = await Assert.ThrowsAsync<MarkupDriftException>(() => ReadAll(handler));

        Assert.Equal(ErrorIds.MarkupDrift, error.ErrorId);
        Assert.Contains("names 3 pages of diary entries", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Reports_markup_drift_when_the_heading_states_entries_but_none_are_read()
    {
        var handler = new ScriptedHandler().On("/member/diary/", Page(HttpStatusCode.OK, Diary([], stated: 12)));

        var error = await Assert.ThrowsAsync<MarkupDriftException>(() => ReadAll(handler));

        Assert.Equal(12, error.Expected);
    }

    [Fact]
    public async Task Passes_on_the_stated_total_of_the_whole_diary_but_not_of_a_year()
    {
        var handler = new ScriptedHandler()
            .On("/member/diary/", Page(HttpStatusCode.OK, Diary(["a"], stated: 1)))
            .On("/member/diary/films/for/2025/", Page(HttpStatusCode.OK, Diary(["a"], stated: 40)));
        var totals = new List<int>();

        await ReadAll(handler, onStatedTotal: totals.Add);
        var (year, warnings) = await ReadAll(handler, year: 2025, onStatedTotal: totals.Add);

        Assert.Equal([1], totals);
        Assert.Single(year);
        Assert.Empty(warnings);
    }

    [Fact]
    public async Task Stops_fetching_once_the_maximum_is_reached()
    {
        var handler = new ScriptedHandler()
            .On("/member/diary/", Page(HttpStatusCode.OK, Diary(["a", "b", "c"], pages: 4)));

        var (entries, _) = await ReadAll(handler, maximumItems: 2);

        Assert.Equal(2, entries.Count);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData(1869, null, ErrorIds.InvalidYear)]
    [InlineData(2025, 13, ErrorIds.InvalidMonth)]
    [InlineData(null, 3, ErrorIds.InvalidMonth)]
    public async Task Refuses_a_period_before_any_request(int? year, int? month, string errorId)
    {
        var handler = new ScriptedHandler();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => ReadAll(handler, year: year, month: month));

        Assert.Equal(errorId, error.ErrorId);
        Assert.Empty(handler.Requests);
    }

    private static async Task<(List<DiaryEntry> Entries, List<string> Warnings)> ReadAll(
        ScriptedHandler handler, int? year = null, int? month = null, long? maximumItems = null,
        Action<int>? onStatedTotal = null)
    {
        using var session = new LetterboxdSession(Fast, handler);
        var observer = new WarningObserver();
        using var call = new LetterboxdCall(session, observer, noCache: true);
        var entries = new List<DiaryEntry>();
        await foreach (var entry in DiaryReader.ReadAsync(call, "member", year, month, maximumItems, onStatedTotal))
        {
            entries.Add(entry);
        }

        return (entries, observer.Warnings.ToList());
    }

    // A 2026-style diary page: one row per slug, all on 2025-03-14, with optional pagination and heading total.
    private static string Diary(string[] slugs, int? pages = null, int current = 1, int? stated = null)
    {
        var rows = string.Concat(slugs.Select((slug, i) =>
            $"<tr class=\"diary-entry-row\" data-viewing-id=\"{i + 1}\"><td class=\"col-daydate\">" +
            $"<a href=\"/member/diary/films/for/2025/03/14/\">14</a></td><td class=\"col-production\">" +
            $"<div class=\"react-component\" data-item-slug=\"{slug}\"></div></td></tr>"));
        var table = slugs.Length == 0 ? string.Empty : $"<table id=\"diary-table\"><tbody>{rows}</tbody></table>";
        var heading = stated is null
            ? string.Empty
            : $"<div id=\"content-nav\"><h1 class=\"section-heading\"><span class=\"tooltip\" " +
              $"data-original-title=\"{stated}&nbsp;films\">Diary</span></h1></div>";
        var links = Enumerable.Range(1, pages ?? 0).Select(p => p == current
            ? $"<li class=\"paginate-page paginate-current\"><span>{p}</span></li>"
            : $"<li class=\"paginate-page\"><a href=\"/member/diary/films/page/{p}/\">{p}</a></li>");
        var pagination = pages is null
            ? string.Empty
            : $"<div class=\"pagination\"><div class=\"paginate-pages\"><ul>{string.Concat(links)}</ul></div></div>";
        return $"<html><body>{heading}{table}{pagination}</body></html>";
    }

    private sealed class WarningObserver : ICallObserver
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Warnings { get; } = new();

        public void Verbose(string message)
        {
        }

        public void Debug(string message)
        {
        }

        public void Warning(string message) => Warnings.Enqueue(message);

        public void Progress(CallProgress progress)
        {
        }
    }
}
