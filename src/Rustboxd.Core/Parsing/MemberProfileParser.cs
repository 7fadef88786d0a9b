using AngleSharp.Dom;
using Rustboxd.Models;
using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Parsing;

/// <summary>
/// A member's profile page (/USER/). Every field is optional on its own: a widget that moved or vanished
/// costs that field and a warning, never the profile (bug-log BL-02, BL-06).
/// </summary>
public static class MemberProfileParser
{
    private static readonly string[] SocialHosts = ["x.com", "twitter.com", "instagram.com", "bsky.app", "tiktok.com"];

    public static Member Parse(string html, ParseContext context) => Parse(HtmlPage.Parse(html), context);

    public static Member Parse(IDocument document, ParseContext context)
    {
        var header = document.QuerySelector("section.profile-header, .profile-summary");
        if (header is null)
        {
            context.Warn("the profile header was not found; the page may not be a member profile");
        }

        var userName = HtmlPage.Attribute(document.QuerySelector("section.profile-header"), "data-person")
            ?? HtmlPage.Attribute(document.Body, "data-owner")
            ?? context.Target;
        var statistics = Statistics(document, context);
        context.Trace("profile: header " + (header is null ? "not found"
            : header.Matches("section.profile-header") ? "section.profile-header" : ".profile-summary"));

        return new Member
        {
            UserName = userName,
            DisplayName = DisplayName(document),
            Bio = Bio(document),
            Location = HtmlPage.Text(document.QuerySelector(".profile-metadata div.metadatum .label")),
            Website = Website(document),
            FavouriteFilms = Favourites(document, context),
            FilmCount = statistics.Films,
            ThisYearCount = statistics.ThisYear,
            ThisYearLabel = statistics.ThisYearLabel,
            ListCount = statistics.Lists,
            FollowingCount = statistics.Following,
            FollowerCount = statistics.Followers,
            WatchlistCount = WatchlistCount(document),
            WatchlistPrivate = WatchlistPrivate(document),
            AvatarUrl = AvatarUrl(document),
            Membership = Membership(document),
            Url = context.Url,
        };
    }

    private static string? DisplayName(IDocument document)
    {
        var name = document.QuerySelector(".profile-name-and-actions .displayname, h1.person-display-name .displayname")
            ?? document.QuerySelector("h1.person-display-name, .profile-mini-person h1 a");
        return HtmlPage.Tooltip(name) ?? HtmlPage.Text(name);
    }

    // Paragraphs stay paragraphs and a <br> stays a line break, as in every other text a member writes.
    private static string? Bio(IDocument document) =>
        ProseText.From(document.QuerySelector(".bio .js-bio-content, .bio .body-text, .bio"));

    private static string? Website(IDocument document)
    {
        foreach (var link in document.QuerySelectorAll(".profile-metadata a.metadatum[href]"))
        {
            var href = link.GetAttribute("href")!;
            if (Uri.TryCreate(href, UriKind.Absolute, out var uri)
                && !SocialHosts.Any(host => uri.Host.Equals(host, StringComparison.OrdinalIgnoreCase)
                    || uri.Host.EndsWith("." + host, StringComparison.OrdinalIgnoreCase)))
            {
                return href;
            }
        }

        return null;
    }

    private static IReadOnlyList<FilmSummary> Favourites(IDocument document, ParseContext context)
    {
        var favourites = new List<FilmSummary>();
        foreach (var item in document.QuerySelectorAll("#favourites li"))
        {
            if (PosterExtractor.Extract(item) is { } film)
            {
                favourites.Add(film);
            }
            else
            {
                context.Warn($"favourite film {favourites.Count + 1} has no film slug and was skipped");
            }
        }

        return favourites;
    }

    private static (int? Films, int? ThisYear, string? ThisYearLabel, int? Lists, int? Following, int? Followers)
        Statistics(IDocument document, ParseContext context)
    {
        var statistics = document.QuerySelectorAll(".profile-stats .profile-statistic, .profile-stats .statistic");
        if (statistics.Length == 0)
        {
            context.Warn("the profile statistics were not found; films, lists and network counts are empty");
            return default;
        }

        int? films = null, thisYear = null, lists = null, following = null, followers = null;
        string? thisYearLabel = null;
        foreach (var statistic in statistics)
        {
            var value = SiteNumber.ParseInt(HtmlPage.Text(statistic.QuerySelector(".value")));
            var definition = HtmlPage.Text(statistic.QuerySelector(".definition")) ?? string.Empty;
            var path = HtmlPage.SitePath(statistic.QuerySelector("a")?.GetAttribute("href")) ?? string.Empty;

            // The link says what the number counts in any language; the label is the fallback.
            if (path.Contains("/diary/for/", StringComparison.Ordinal) || definition.StartsWith("In ", StringComparison.Ordinal)
                || definition.Equals("This year", StringComparison.OrdinalIgnoreCase))
            {
                (thisYear, thisYearLabel) = (value, definition);
            }
            else if (path.EndsWith("/films/", StringComparison.Ordinal) || definition.Equals("Films", StringComparison.OrdinalIgnoreCase))
            {
                films = value;
            }
            else if (path.EndsWith("/lists/", StringComparison.Ordinal) || definition.StartsWith("List", StringComparison.OrdinalIgnoreCase))
            {
                lists = value;
            }
            else if (path.EndsWith("/following/", StringComparison.Ordinal) || definition.Equals("Following", StringComparison.OrdinalIgnoreCase))
            {
                following = value;
            }
            else if (path.EndsWith("/followers/", StringComparison.Ordinal) || definition.StartsWith("Follower", StringComparison.OrdinalIgnoreCase))
            {
                followers = value;
            }
            else
            {
                context.Trace($"profile statistic not recognised: '{definition}' ({path})");
            }
        }

        return (films, thisYear, thisYearLabel, lists, following, followers);
    }

    // The watchlist aside links the count; it is missing when the watchlist is private or empty (BL-06: no error).
    private static int? WatchlistCount(IDocument document) =>
        SiteNumber.ParseInt(HtmlPage.Text(document.QuerySelector("section.watchlist-aside a.all-link")));

    // A private watchlist's nav link carries a rel attribute, and its page answers 403 (bug-log BL-03).
    private static bool WatchlistPrivate(IDocument document) =>
        document.QuerySelectorAll(".profile-navigation a.navlink, nav a.navlink")
            .Any(link => HtmlPage.SitePath(link.GetAttribute("href"))?.EndsWith("/watchlist/", StringComparison.Ordinal) == true
                && link.HasAttribute("rel"));

    // A saved page points the avatar at a local file; og:image always holds the real address.
    private static string? AvatarUrl(IDocument document)
    {
        var source = HtmlPage.Attribute(document.QuerySelector(".profile-avatar img"), "src");
        return source is not null && source.StartsWith("http", StringComparison.Ordinal)
            ? source
            : HtmlPage.MetaContent(document, "og:image");
    }

    private static string? Membership(IDocument document)
    {
        var badge = HtmlPage.Text(document.QuerySelector(
            ".profile-name-and-actions .badge, .person-display-name .badge, .profile-mini-person .badge"));
        if (badge is not null)
        {
            return badge;
        }

        return document.QuerySelector(".profile-info.-is-hq, .profile-summary.-is-hq") is not null ? "HQ" : null;
    }
}
