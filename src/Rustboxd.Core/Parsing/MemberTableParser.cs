using AngleSharp.Dom;
using Rustboxd.Paging;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>One row of a member table, before it is tied to the member it was read for.</summary>
public sealed record MemberRow(
    string UserName, string? DisplayName, int? FollowerCount, int? FollowingCount, int? FilmCount, int? ListCount,
    int? LikeCount, string? AvatarUrl);

/// <summary>
/// The member tables of /USER/followers/, /USER/following/ (and /members/...): table.member-table rows, each a
/// div.person-summary (avatar link = the user name, a.name = display name, small.metadata = network counts) and
/// the td.col-watched / col-lists / col-likes counts. 25 rows a page; a "Next" link and no page numbers. The
/// selected sub-nav tab states the total ("43 people").
/// </summary>
public static class MemberTableParser
{
    public static CollectionPage<MemberRow> Parse(string html, ParseContext context) => Parse(HtmlPage.Parse(html), context);

    public static CollectionPage<MemberRow> Parse(IDocument document, ParseContext context)
    {
        var rows = new List<MemberRow>();
        var position = 0;
        foreach (var person in document.QuerySelectorAll("table.member-table .person-summary"))
        {
            position++;
            var row = person.Closest("tr");
            var userName = UserNameOf(person);
            if (userName is null)
            {
                context.Warn($"member row {position} has no profile link (user name) and was skipped");
                continue;
            }

            rows.Add(new MemberRow(
                userName,
                HtmlPage.Text(person.QuerySelector("a.name, .title-3 a")),
                Count(person, "/followers/"),
                Count(person, "/following/"),
                SiteNumber.ParseInt(HtmlPage.Text(row?.QuerySelector("td.col-watched"))),
                SiteNumber.ParseInt(HtmlPage.Text(row?.QuerySelector("td.col-lists"))),
                SiteNumber.ParseInt(HtmlPage.Text(row?.QuerySelector("td.col-likes"))),
                AvatarUrl(person)));
        }

        context.Trace($"member table: {rows.Count} rows from {position} person summaries");
        return new CollectionPage<MemberRow>(rows, Pagination.From(document), StatedTotal(document));
    }

    private static string? UserNameOf(IElement person)
    {
        var path = HtmlPage.SitePath(person.QuerySelector("a.avatar, a.name")?.GetAttribute("href"));
        var segments = path?.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is [var name] ? name.ToLowerInvariant() : null;
    }

    // "72 followers", "following 107": the link says which count it is, the text holds the number.
    private static int? Count(IElement person, string pathEnd)
    {
        var link = person.QuerySelectorAll("small.metadata a")
            .FirstOrDefault(a => HtmlPage.SitePath(a.GetAttribute("href"))?.EndsWith(pathEnd, StringComparison.Ordinal) == true);
        return SiteNumber.ParseInt(HtmlPage.Text(link));
    }

    // Saved pages point images at a local folder; only a real address is worth returning.
    private static string? AvatarUrl(IElement person)
    {
        var source = HtmlPage.Attribute(person.QuerySelector("a.avatar img"), "src");
        return source is not null && source.StartsWith("http", StringComparison.Ordinal) ? source : null;
    }

    private static int? StatedTotal(IDocument document) =>
        SiteNumber.ParseInt(HtmlPage.Tooltip(document.QuerySelector(".sub-nav li.selected a")));
}
