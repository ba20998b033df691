using System.CommandLine;
using Harness.Load.Merging;

namespace Harness.Cli.Commands;

/// <summary>
/// <c>harness merge DIR... --out DIR</c>: merges the run folders of a sharded load run (one per agent)
/// into one run folder that <c>harness report</c> and <c>harness gate</c> read like any other.
/// </summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var runs = new Argument<string[]>("runs")
        {
            Description = "The shards' run folders, or folders holding them (e.g. the results volume of one run).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = "Folder to write the merged run to (created; must not hold a run already).", Required = true };
        var command = new Command("merge", "Merge the shards of a distributed load run: counts and HDR histograms are added, percentiles recomputed, never averaged.")
        {
            runs, output,
        };
        command.SetExitCodeAction(parse => Execute(parse.GetValue(runs) ?? [], parse.GetValue(output)!, Console.Out));
        return command;
    }

    internal static ExitCode Execute(IReadOnlyList<string> runs, string outFolder, TextWriter output)
    {
        var outcome = RunMerger.Merge(runs);
        foreach (var warning in outcome.Warnings)
        {
            output.WriteLine($"warning: {Harness.Contract.ConsoleText.Clean(warning)}");
        }

        if (!outcome.IsValid)
        {
            output.WriteLine($"error: these folders are not one complete sharded run ({outcome.Problems.Count} problem(s)):");
            foreach (var problem in outcome.Problems)
            {
                output.WriteLine($"  {Harness.Contract.ConsoleText.Clean(problem)}");
            }

            return ExitCode.UsageError;
        }

        string path;
        try
        {
            path = RunMerger.Write(outcome, outFolder);
            Harness.Reports.LoadReports.Write(Harness.Runs.RunFolder.Open(path), outcome.Result!); // report.html, summary.md, junit.xml of the merged record
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"error: --out: {e.Message}");
            return ExitCode.UsageError;
        }

        var result = outcome.Result!;
        output.WriteLine($"Merged {outcome.Folders.Count} shard(s) of run {result.Shard!.RunId}:");
        foreach (var folder in outcome.Folders)
        {
            output.WriteLine($"  {folder}");
        }

        LoadSummary.Print(result, output);
        output.WriteLine($"Run folder: {path}");
        return ExitCode.Passed;
    }
}
