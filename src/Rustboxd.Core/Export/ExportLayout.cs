using Rustboxd.Models;

namespace Rustboxd.Export;

/// <summary>What one file of an export holds: its kind, the part of the export it belongs to, and for likes and
/// lists what exactly.</summary>
public sealed record ExportFileRole(ExportKind Kind, ExportStatus Status, string? Detail = null);

/// <summary>
/// Where Letterboxd puts each kind of data in its export: diary.csv, ratings.csv, watched.csv, watchlist.csv,
/// reviews.csv, comments.csv, profile.csv at the top; likes/films.csv, likes/reviews.csv, likes/lists.csv; one
/// lists/SLUG.csv per list; and the same names again under deleted/ and orphaned/ (since 2026).
/// </summary>
public static class ExportLayout
{
    private static readonly Dictionary<string, ExportKind> TopLevel = new(StringComparer.OrdinalIgnoreCase)
    {
        ["diary"] = ExportKind.Diary,
        ["ratings"] = ExportKind.Ratings,
        ["watched"] = ExportKind.Watched,
        ["watchlist"] = ExportKind.Watchlist,
        ["reviews"] = ExportKind.Reviews,
        ["comments"] = ExportKind.Comments,
        ["profile"] = ExportKind.Profile,
    };

    /// <summary>The role of a file inside a whole export, or null for a file Rustboxd does not know.</summary>
    public static ExportFileRole? RoleOf(string name)
    {
        var status = ExportStatus.Current;
        var path = name;
        if (path.StartsWith("deleted/", StringComparison.OrdinalIgnoreCase))
        {
            (status, path) = (ExportStatus.Deleted, path["deleted/".Length..]);
        }
        else if (path.StartsWith("orphaned/", StringComparison.OrdinalIgnoreCase))
        {
            (status, path) = (ExportStatus.Orphaned, path["orphaned/".Length..]);
        }

        var stem = Path.GetFileNameWithoutExtension(path);
        if (path.StartsWith("lists/", StringComparison.OrdinalIgnoreCase) && !path[6..].Contains('/'))
        {
            return new ExportFileRole(ExportKind.Lists, status, stem);
        }

        if (path.StartsWith("likes/", StringComparison.OrdinalIgnoreCase) && stem is "films" or "reviews" or "lists")
        {
            return new ExportFileRole(ExportKind.Likes, status, stem);
        }

        return !path.Contains('/') && TopLevel.TryGetValue(stem, out var kind) ? new ExportFileRole(kind, status) : null;
    }

    /// <summary>
    /// The role of a CSV file read on its own, from its name (diary-2023-09.csv, deleted-diary.csv, likes-films.csv)
    /// or, for a list, its first line; <paramref name="kind"/> overrides the name.
    /// </summary>
    public static ExportFileRole? RoleOfLooseFile(string fileName, string firstLine, ExportKind? kind)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
        var status = ExportStatus.Current;
        foreach (var (prefix, value) in new[] { ("deleted-", ExportStatus.Deleted), ("orphaned-", ExportStatus.Orphaned) })
        {
            if (stem.StartsWith(prefix, StringComparison.Ordinal))
            {
                (status, stem) = (value, stem[prefix.Length..]);
            }
        }

        if (firstLine.StartsWith("Letterboxd list export", StringComparison.OrdinalIgnoreCase))
        {
            return kind is null or ExportKind.Lists ? new ExportFileRole(ExportKind.Lists, status, stem) : null;
        }

        if (stem.StartsWith("likes", StringComparison.Ordinal))
        {
            var detail = stem.Contains("review") ? "reviews" : stem.Contains("list") ? "lists" : "films";
            return new ExportFileRole(kind ?? ExportKind.Likes, status, detail);
        }

        // The longest name first, so that watchlist-... is not read as watched.
        var named = TopLevel.Keys.OrderByDescending(key => key.Length)
            .FirstOrDefault(key => stem.StartsWith(key, StringComparison.Ordinal));
        if (kind is not null)
        {
            return new ExportFileRole(kind.Value, status, kind == ExportKind.Likes ? "films" : null);
        }

        return named is null ? null : new ExportFileRole(TopLevel[named], status);
    }
}
