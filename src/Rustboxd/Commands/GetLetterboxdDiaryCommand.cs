using System.Management.Automation;
using Rustboxd.Completers;
using Rustboxd.Errors;
using Rustboxd.Models;
using Rustboxd.Readers;
using Rustboxd.Routing;

namespace Rustboxd.Commands;

/// <summary>
/// Get-LetterboxdDiary: a member's diary entries, newest first, across all pages in page order; -Year and
/// -Month read one year or one month of it. -First and -Skip count per member and stop fetching pages once
/// satisfied.
/// </summary>
[Cmdlet(VerbsCommon.Get, "LetterboxdDiary", SupportsPaging = true)]
[OutputType(typeof(DiaryEntry))]
public sealed class GetLetterboxdDiaryCommand : LetterboxdCmdlet
{
    private (int? Year, int? Month) _period;

    /// <summary>Members whose diaries to read; binds from a member's UserName (or a diary entry's Member).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("User", "Member")]
    [AllowEmptyString]
    public string[] UserName { get; set; } = [];

    /// <summary>Only the entries watched in this year.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(YearCompleter))]
    public int Year { get; set; }

    /// <summary>Only the entries watched in this month (1-12) of -Year.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(MonthCompleter))]
    public int Month { get; set; }

    /// <summary>Html (the diary pages, the default) or Rss (the member's feed: latest entries, with review text).</summary>
    [Parameter]
    public DiarySource Source { get; set; } = DiarySource.Html;

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        var bound = MyInvocation.BoundParameters;
        try
        {
            _period = LetterboxdInput.DiaryPeriod(
                bound.ContainsKey(nameof(Year)) ? Year : null,
                bound.ContainsKey(nameof(Month)) ? Month : null);
        }
        catch (InvalidInputException error)
        {
            var parameter = error.ErrorId == ErrorIds.InvalidYear ? nameof(Year) : nameof(Month);
            ThrowTerminatingError(Pipeline.ErrorRecords.From(error, parameter));
        }
    }

    protected override void ProcessRecord()
    {
        foreach (var input in UserName)
        {
            if (!TryValidate(input, LetterboxdInput.UserName, out var name))
            {
                continue;
            }

            if (Source == DiarySource.Rss)
            {
                // One request, whatever -First asks for: the feed is a single document.
                StartPaged<DiaryEntry>(name, call => (_, _, cancellation) =>
                    DiaryFeedReader.ReadAsync(call, name, _period.Year, _period.Month, cancellation));
            }
            else
            {
                StartPaged<DiaryEntry>(name, call => (maximum, onTotal, cancellation) =>
                    DiaryReader.ReadAsync(call, name, _period.Year, _period.Month, maximum, onTotal, cancellation));
            }
        }
    }
}
