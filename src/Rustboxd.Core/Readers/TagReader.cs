using Rustboxd.Models;
using Rustboxd.Parsing;
using Rustboxd.Routing;
using Rustboxd.Sessions;

namespace Rustboxd.Readers;

/// <summary>A member's tags of one kind, from its tag page (one request, not paginated).</summary>
public static class TagReader
{
    public static async Task<IReadOnlyList<MemberTag>> GetTagsAsync(LetterboxdCall call, string userName, TagKind kind)
    {
        var name = LetterboxdInput.UserName(userName);
        var response = await call.FetchAsync(new PageRequest(SitePaths.MemberTags(name, kind), ResourceKind.Member, name))
            .ConfigureAwait(false);
        var tags = PageParsing.Parse(call, response, name, $"the {kind.ToString().ToLowerInvariant()} tags",
            context => TagsParser.Parse(response.Body, context));
        return tags
            .Select(tag => new MemberTag
            {
                Member = name, Kind = kind, Name = tag.Name, Slug = tag.Slug, Count = tag.Count, Path = tag.Path,
            })
            .ToArray();
    }
}
