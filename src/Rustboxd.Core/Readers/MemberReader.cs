using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>A member's profile page and what it shows: the profile itself and the member's ratings chart.</summary>
public static class MemberReader
{
    public static async Task<Member> GetMemberAsync(LetterboxdCall call, string userName)
    {
        var name = LetterboxdInput.UserName(userName);
        var response = await call.FetchAsync(new PageRequest(SitePaths.Member(name), ResourceKind.Member, name))
            .ConfigureAwait(false);
        return PageParsing.Parse(call, response, name, "the profile", context => MemberProfileParser.Parse(response.Body, context));
    }

    /// <summary>The member's rating histogram, read from the profile (one request, often a cache hit).</summary>
    public static async Task<RatingStatistics> GetRatingStatisticsAsync(LetterboxdCall call, string userName)
    {
        var name = LetterboxdInput.UserName(userName);
        var response = await call.FetchAsync(new PageRequest(SitePaths.Member(name), ResourceKind.Member, name))
            .ConfigureAwait(false);
        return PageParsing.Parse(call, response, name, "the ratings chart",
            context => RatingStatisticsParser.FromProfile(response.Body, context, name));
    }
}
