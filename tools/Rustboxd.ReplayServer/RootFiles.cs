namespace Rustboxd.Replay;

/// <summary>Resolves files relative to the replay roots without letting a path escape its root.</summary>
internal static class RootFiles
{
    /// <summary>Full path of <paramref name="relativePath"/> in <paramref name="root"/>; null if it escapes.</summary>
    public static string? ResolveInside(string root, string relativePath)
    {
        var rootFull = Path.GetFullPath(root);
        var candidate = Path.GetFullPath(Path.Combine(rootFull, relativePath));
        var rootWithSeparator = Path.EndsInDirectorySeparator(rootFull)
            ? rootFull
            : rootFull + Path.DirectorySeparatorChar;
        return candidate.StartsWith(rootWithSeparator, StringComparison.Ordinal) ? candidate : null;
    }

    /// <summary>The file from the last root that has it, or null when none does.</summary>
    public static string? FindInLastRoot(IReadOnlyList<string> roots, string relativePath)
    {
        for (var index = roots.Count - 1; index >= 0; index--)
        {
            var candidate = ResolveInside(roots[index], relativePath);
            if (candidate is not null && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
