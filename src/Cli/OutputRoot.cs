namespace Harness.Cli;

/// <summary>
/// <c>--out</c> checked before the first request: a run's results must have somewhere to go, or a
/// whole run is measured for nothing (issue 15 found /dev/null, a file and /proc/… failing only at
/// the end, with a stack trace). Nothing is left behind by the check: a command that stops on a
/// usage error writes nothing.
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

        try
        {
            // The nearest folder that exists must be a writable folder: the run folder is created under it later.
            var existing = Path.GetFullPath(root);
            while (!Path.Exists(existing))
            {
                existing = Path.GetDirectoryName(existing) ?? throw new IOException("no existing parent folder");
            }

            if (!Directory.Exists(existing))
            {
                return $"--out: '{(existing == Path.GetFullPath(root) ? root : existing)}' is a file, not a folder";
            }

            var probe = Path.Combine(existing, $".harness-write-check-{Environment.ProcessId}-{Guid.NewGuid():N}");
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
