using Rustboxd.Models;
using Rustboxd.Parsing;

namespace Rustboxd.Tests.Parsing;

/// <summary>The activity fragment has no real capture yet; these read the synthetic batches (see their first lines).</summary>
public sealed class ActivityParserTests
{
    private static readonly Uri Url = new("https://letterboxd.com/ajax/activity-pagination/synthmember/");

    [Fact]
    public void Reads_each_kind_of_entry_of_a_batch_and_names_the_cursor_of_the_next()
    {
        var context = new ParseContext(Url, "synthmember");

        var page = ActivityParser.Parse(Corpus.ReadSynthetic("activity/synthmember-activity-1.html"), context);

        Assert.Equal([9000000104, 9000000103, 9000000102], page.Entries.Select(e => e.ActivityId));
        Assert.False(page.Ended);
        Assert.Equal(9000000102, page.After);

        var review = page.Entries[0];
        Assert.Equal(ActivityKind.Reviewed, review.Kind);
        Assert.Equal("aftersun", review.Film!.Slug);
        Assert.Equal(868558, review.Film.LetterboxdId);
        Assert.Equal(4.5m, review.Rating);
        Assert.Equal(new DateTimeOffset(2026, 1, 20, 21, 15, 0, TimeSpan.Zero), review.Date);
        Assert.StartsWith("First paragraph", review.ReviewText);
        Assert.Contains("Second paragraph.", review.ReviewText);
    }

    [Fact]
    public void Takes_the_film_of_a_liked_review_from_the_link_structure_not_a_url_position()
    {
        // Bug-log BL-21: /sampleuser3/film/mulholland-drive/2/ ends in the review's number, not the slug.
        var page = ActivityParser.Parse(Corpus.ReadSynthetic("activity/synthmember-activity-1.html"), new ParseContext(Url, "synthmember"));

        var liked = page.Entries[1];
        Assert.Equal(ActivityKind.Liked, liked.Kind);
        Assert.Equal("mulholland-drive", liked.Film!.Slug);
        Assert.Equal("Mulholland Drive", liked.Film.Title);
        Assert.Equal("sampleuser3", liked.TargetMember);
    }

    [Fact]
    public void Reads_a_follow_as_the_member_followed_and_no_film()
    {
        var page = ActivityParser.Parse(Corpus.ReadSynthetic("activity/synthmember-activity-1.html"), new ParseContext(Url, "synthmember"));

        var followed = page.Entries[2];
        Assert.Equal(ActivityKind.Followed, followed.Kind);
        Assert.Equal("sampleuser7", followed.TargetMember);
        Assert.Null(followed.Film);
    }

    [Fact]
    public void Skips_an_entry_without_a_numeric_id_with_a_warning()
    {
        var context = new ParseContext(Url, "synthmember");

        ActivityParser.Parse(Corpus.ReadSynthetic("activity/synthmember-activity-1.html"), context);

        Assert.Contains(context.Warnings, w => w.Contains("data-activity-id") && w.Contains("not-a-number"));
    }

    [Fact]
    public void Reads_the_last_batch_as_the_end_of_the_feed()
    {
        var page = ActivityParser.Parse(Corpus.ReadSynthetic("activity/synthmember-activity-2.html"), new ParseContext(Url, "synthmember"));

        Assert.True(page.Ended);
        Assert.Null(page.After);
        Assert.Equal(ActivityKind.AddedToWatchlist, page.Entries[0].Kind);
        Assert.Equal("the-zone-of-interest", page.Entries[0].Film!.Slug);
        Assert.Equal(ActivityKind.CreatedList, page.Entries[1].Kind);
        Assert.Equal("synthetic-favourites", page.Entries[1].ListSlug);
        Assert.Equal("synthmember", page.Entries[1].TargetMember);
        Assert.Equal(ActivityKind.Rated, page.Entries[2].Kind);
        Assert.Equal(5m, page.Entries[2].Rating);
    }
}
