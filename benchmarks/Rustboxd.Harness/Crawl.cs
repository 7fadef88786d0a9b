using System.Diagnostics;
using Rustboxd.Readers;
using Rustboxd.Sessions;

namespace Rustboxd.Harness;

/// <summary>What one crawl of the member's films gave: every film in order, and when the first and last arrived.</summary>
internal sealed record CrawlResult(IReadOnlyList<string> Films, TimeSpan FirstObject, TimeSpan Elapsed, string? Error);

internal static class Crawl
{
    /// <summary>Reads every film of the member through the session, as Get-LetterboxdFilm -UserName does.</summary>
    public static async Task<CrawlResult> FilmsAsync(
        LetterboxdSession session, int throttleLimit, int? maximumRetryCount = null, CancellationToken cancellation = default,
        ICallObserver? observer = null)
    {
        using var call = new LetterboxdCall(session, observer, cancellation, throttleLimit, maximumRetryCount, noCache: true);
        var films = new List<string>();
        var clock = Stopwatch.StartNew();
        var first = TimeSpan.Zero;
        try
        {
            await foreach (var film in MemberFilmsReader.ReadAsync(call, ReplayHost.Member, cancellationToken: cancellation))
            {
                if (films.Count == 0)
                {
                    first = clock.Elapsed;
                }

                films.Add($"{film.Page}:{film.Slug}:{film.Rating}:{film.Liked}");
            }

            return new CrawlResult(films, first, clock.Elapsed, null);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return new CrawlResult(films, first, clock.Elapsed, $"{error.GetType().Name}: {error.Message}");
        }
    }
}
