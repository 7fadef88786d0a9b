namespace Rustboxd.Models;

/// <summary>How many ratings of one value (in stars) a histogram holds.</summary>
public sealed class RatingBucket
{
    public required decimal Rating { get; init; }

    public required long Count { get; init; }

    /// <summary>This bucket's share of all the ratings, in percent (one decimal); 0 when there are none.</summary>
    public decimal Percent { get; init; }

    /// <summary>"3.5: 57", the form a histogram takes in one Export-Csv cell.</summary>
    public override string ToString() => $"{Rating}: {Count}";
}

/// <summary>Whose ratings a <see cref="RatingStatistics"/> describes.</summary>
public enum RatingSubject
{
    Member,
    Film,
}

/// <summary>A rating histogram, one bucket per half star, with the figures derived from it.</summary>
public sealed class RatingStatistics
{
    public required RatingSubject SubjectKind { get; init; }

    /// <summary>The member's user name or the film's slug.</summary>
    public required string Subject { get; init; }

    /// <summary>Ten buckets, 0.5 to 5 stars, in that order.</summary>
    public required IReadOnlyList<RatingBucket> Histogram { get; init => field = ValueList.From(value); }

    public long Count { get; init; }

    /// <summary>Arithmetic mean of the histogram, in stars; null when there are no ratings.</summary>
    public decimal? Mean { get; init; }

    /// <summary>Median of the histogram, in stars; null when there are no ratings.</summary>
    public decimal? Median { get; init; }

    /// <summary>The site's own (weighted) average for a film, when it shows one.</summary>
    public decimal? SiteAverage { get; init; }

    /// <summary>How many members list the film as a favourite, as the site shows it.</summary>
    public long? FanCount { get; init; }

    public required Uri Url { get; init; }

    /// <summary>Builds the statistics from ten counts ordered from 0.5 to 5 stars.</summary>
    public static RatingStatistics FromCounts(
        RatingSubject kind, string subject, IReadOnlyList<long> counts, Uri url, decimal? siteAverage = null, long? fans = null)
    {
        if (counts.Count != 10)
        {
            throw new ArgumentException("A rating histogram has exactly ten buckets (0.5 to 5 stars).", nameof(counts));
        }

        var total = counts.Sum();
        var buckets = counts
            .Select((count, i) => new RatingBucket
            {
                Rating = (i + 1) / 2m,
                Count = count,
                Percent = total == 0 ? 0 : Math.Round(100m * count / total, 1),
            })
            .ToArray();
        return new RatingStatistics
        {
            SubjectKind = kind,
            Subject = subject,
            Histogram = buckets,
            Count = total,
            Mean = total == 0 ? null : Math.Round(buckets.Sum(b => b.Rating * b.Count) / total, 2),
            Median = total == 0 ? null : MedianOf(buckets, total),
            SiteAverage = siteAverage,
            FanCount = fans,
            Url = url,
        };
    }

    // The median of grouped data: the middle rating, or the midpoint of the two middle ones.
    private static decimal MedianOf(IReadOnlyList<RatingBucket> buckets, long total)
    {
        decimal ValueAt(long position)
        {
            long seen = 0;
            foreach (var bucket in buckets)
            {
                seen += bucket.Count;
                if (seen >= position)
                {
                    return bucket.Rating;
                }
            }

            return buckets[^1].Rating;
        }

        return total % 2 == 1 ? ValueAt((total + 1) / 2) : (ValueAt(total / 2) + ValueAt(total / 2 + 1)) / 2;
    }

    public override string ToString() => $"{Subject}: {Count} ratings, mean {Mean}";
}
