using Harness.Contract.Files;
using Harness.Runs;

namespace Harness.Reports.Baselines;

/// <summary>
/// Saves a run as a baseline: a folder holding its run.json (and timeline and summary when present).
/// Only plain files are copied: run.json and timeline.csv were read (and so checked) when the run was
/// opened; a summary.md that is a link or a pipe is left behind rather than followed. A baseline is a load run,
/// so no file is larger than the largest a load run's readers accept (timeline.csv's limit).
/// </summary>
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
            var info = new FileInfo(source);
            if (info.Exists && info.LinkTarget is null && info.Length > 0)
            {
                AtomicFile.WriteAllBytes(Path.Combine(baselineDirectory, name), UntrustedFile.ReadAllBytes(source, Harness.Load.Records.LoadRunFiles.MaxTimelineBytes));
            }
        }

        return baselineDirectory;
    }
}
