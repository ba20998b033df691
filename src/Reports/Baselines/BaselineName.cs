namespace Harness.Reports.Baselines;

/// <summary>
/// The folder a baseline is saved to by default, from the run's own name. The name comes from a
/// run.json that may have been crafted (<c>../../etc</c>, <c>/tmp/x</c>), so it is reduced to one
/// plain path segment and the result is checked to stay under the baselines root.
/// </summary>
internal static class BaselineName
{
    public static string DefaultFolder(string? runName, string root = BaselineStore.DefaultRoot)
    {
        var segment = Segment(runName);
        var full = Path.GetFullPath(Path.Combine(root, segment));
        var under = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(under, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the baseline folder '{full}' is not under '{under}'");
        }

        return Path.Combine(root, segment);
    }

    /// <summary>Letters, digits, <c>. _ -</c> kept, anything else a dash; no leading dots; at most 100 characters.</summary>
    internal static string Segment(string? name)
    {
        var chars = (name ?? "").Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-').ToArray();
        var segment = new string(chars).TrimStart('.', '-');
        if (segment.Length > 100)
        {
            segment = segment[..100];
        }

        return segment.Length == 0 ? "run" : segment;
    }
}
