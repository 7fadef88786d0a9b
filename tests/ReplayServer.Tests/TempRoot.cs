namespace Rustboxd.Replay.Tests;

/// <summary>A throw-away replay root folder with a routes.tsv written by the test.</summary>
internal sealed class TempRoot : IDisposable
{
    public TempRoot()
    {
        Folder = Path.Combine(Path.GetTempPath(), "rustboxd-replay-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>Writes routes.tsv with its header; each route is "path\tfile\tstatus\tcontent_type".</summary>
    public TempRoot WithRoutes(params string[] routes)
    {
        var lines = new[] { "path\tfile\tstatus\tcontent_type\tnote", "# written by a test" }.Concat(routes);
        File.WriteAllLines(Path.Combine(Folder, "routes.tsv"), lines);
        return this;
    }

    public TempRoot WithFile(string relativePath, string content)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
