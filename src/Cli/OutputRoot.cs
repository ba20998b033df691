namespace Harness.Cli;

/// <summary>
/// <c>--out</c> checked before the first request: a run's results must have somewhere to go, or a
/// whole run is measured for nothing (issue 15 found /dev/null, a file and /proc/… failing only at
/// the end, with a stack trace).
/// </summary>
internal static class OutputRoot
{
    /// <summary>Null when run folders can be created under <paramref name="root"/>; else what is wrong, naming the option.</summary>
    public static string? Problem(string root)
    {
        if (string.IsNullOrWhiteSpace(root))
        {
            return "--out: give a folder";
        }

        if (File.Exists(root) || (Path.Exists(root) && !Directory.Exists(root)))
        {
            return $"--out: '{root}' is a file, not a folder";
        }

        var probe = Path.Combine(root, $".harness-write-check-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(root);
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"--out: cannot create run folders in '{root}' ({e.Message})";
        }
    }
}
