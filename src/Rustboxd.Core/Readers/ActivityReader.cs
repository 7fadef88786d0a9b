using System.Runtime.CompilerServices;
using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>
/// A member's activity feed, newest first, batch after batch: each batch names the next through the id of its last
/// entry (?after=ID), so the feed is read one batch at a time until it ends or -First is satisfied.
/// </summary>
public static class ActivityReader
{
    public static async IAsyncEnumerable<ActivityItem> ReadAsync(
        LetterboxdCall call,
        string userName,
        bool following = false,
        long? maximumItems = null,
        Action<int>? onStatedTotal = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var name = LetterboxdInput.UserName(userName);
        var source = new CollectionSource<ActivityEntry>
        {
            Target = name,
            Name = following ? $"activity of the members {name} follows" : $"{name}'s activity",
            ItemsName = "activity entries",

            // The size of a batch is the site's choice; the cursor, not a page size, says where the feed ends.
            PageSize = 0,
            RequestFor = _ => new PageRequest(SitePaths.MemberActivity(name, following), ResourceKind.Member, name),
            Parse = ActivityParser.Parse,
            NextRequest = page => ((ActivityPage)page).After is { } after
                ? new PageRequest(SitePaths.MemberActivity(name, following, after), ResourceKind.Member, name)
                : null,
        };

        await foreach (var (entry, page) in CollectionReader.ReadAsync(call, source, maximumItems, onStatedTotal,
            cancellationToken).ConfigureAwait(false))
        {
            yield return new ActivityItem
            {
                Member = name,
                ActivityId = entry.ActivityId,
                Kind = entry.Kind,
                Date = entry.Date,
                Description = entry.Description,
                Slug = entry.Film?.Slug,
                Title = entry.Film?.Title,
                Year = entry.Film?.Year,
                Rating = entry.Rating,
                ReviewText = entry.ReviewText,
                TargetMember = entry.TargetMember,
                ListSlug = entry.ListSlug,
                TargetPath = entry.TargetPath,
                Page = page,
            };
        }
    }
}
