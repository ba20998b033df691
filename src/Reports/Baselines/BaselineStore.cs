using Harness.Runs;

namespace Harness.Reports.Baselines;

/// <summary>Saves a run as a baseline: a folder holding its run.json (and timeline and summary when present).</summary>
internal static class BaselineStore
{
    public const string DefaultRoot = "results/baselines";

    private static readonly string[] Files = ["run.json", "timeline.csv", "summary.md"];

    public static string Save(string runDirectory, string baselineDirectory)
    {
        Directory.CreateDirectory(baselineDirectory);
        foreach (var name in Files)
        {
            var source = Path.Combine(runDirectory, name);
            if (File.Exists(source))
            {
                AtomicFile.WriteAllBytes(Path.Combine(baselineDirectory, name), File.ReadAllBytes(source));
            }
        }

        return baselineDirectory;
    }
}
