using System.Globalization;
using System.Text.RegularExpressions;

namespace Harness.Runs;

/// <summary>
/// One folder per run: <c>results/&lt;utc-timestamp&gt;-&lt;kind&gt;-&lt;name&gt;/</c>, holding
/// <c>run.json</c> and the views derived from it (ARCHITECTURE.md, "Results").
/// </summary>
public sealed partial class RunFolder
{
    /// <summary>The folder runs go to when no <c>--out</c> is given.</summary>
    public const string DefaultRoot = "results";

    private RunFolder(string path) => Path = path;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>
    /// Creates a new run folder under <paramref name="root"/>, named from the start time, the kind
    /// (<c>load</c>, <c>conformance</c>, ...) and a name (a scenario's, say). Never reuses a folder.
    /// </summary>
    public static RunFolder Create(string root, string kind, string name, DateTimeOffset startedUtc)
    {
        ArgumentNullException.ThrowIfNull(root);
        var stamp = startedUtc.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var baseName = $"{stamp}-{Slug(kind)}-{Slug(name)}";
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, baseName));
        for (var attempt = 2; Directory.Exists(path); attempt++)
        {
            path = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, $"{baseName}-{attempt}"));
        }

        Directory.CreateDirectory(path);
        return new RunFolder(path);
    }

    /// <summary>An existing run folder (for reports, gates, merges, replays).</summary>
    public static RunFolder Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"Run folder '{path}' does not exist.");
        }

        return new RunFolder(full);
    }

    /// <summary>
    /// The path of a file in this folder. Names may come from a run folder someone else wrote (a
    /// check id in a body file's name, say), so one that would land outside the folder throws.
    /// </summary>
    public string File(string name)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, name));
        if (!full.StartsWith(Path.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' is not a file name inside the run folder {Path}", nameof(name));
        }

        return full;
    }

    /// <summary>Writes a file of the run atomically.</summary>
    public void Write(string name, string text) => AtomicFile.WriteAllText(File(name), text);

    /// <summary>Writes a file of the run atomically.</summary>
    public void Write(string name, ReadOnlySpan<byte> bytes) => AtomicFile.WriteAllBytes(File(name), bytes);

    private static string Slug(string text)
    {
        var slug = NonSlug().Replace(text.Trim().ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "run" : slug;
    }

    [GeneratedRegex("[^a-z0-9._-]+")]
    private static partial Regex NonSlug();
}
