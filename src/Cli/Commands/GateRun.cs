using Harness.Contract;
using Harness.Reports.Baselines;
using Harness.Reports.Documents;
using Harness.Reports.Gate;
using Harness.Reports.Thresholds;

namespace Harness.Cli.Commands;

/// <summary>What <c>harness gate</c> does once its options are parsed; returns the exit code.</summary>
internal static class GateRun
{
    public static int Execute(GateArguments args, TextWriter output)
    {
        var problems = new List<string>();
        var conditions = new List<GateCondition>();
        foreach (var text in args.Thresholds)
        {
            if (GateConditionParser.TryParse(text, "--threshold", out var condition, out var error))
            {
                conditions.Add(condition!);
            }
            else
            {
                problems.Add($"--threshold: {error!.Render()}");
            }
        }

        IReadOnlyList<RegressionLimit> limits = [];
        if (args.Baseline is not null || args.MaxRegression is not null)
        {
            if (!RegressionLimits.TryParse(args.MaxRegression ?? RegressionLimits.Default, out limits, out var error))
            {
                problems.Add($"--max-regression: {error!.Render()}");
            }
        }

        if (args.NoDefaultGate && conditions.Count == 0)
        {
            problems.Add("--no-default-gate: give the conditions that replace checks.* == pass with --threshold");
        }

        if (problems.Count > 0)
        {
            return Usage(output, problems);
        }

        RunDocument run;
        RunDocument? baseline = null;
        try
        {
            run = RunDocument.Open(args.Run);
            if (args.Baseline is not null)
            {
                baseline = RunDocument.Open(args.Baseline);
                if (baseline.Kind != run.Kind || run.Kind != RunKind.Load)
                {
                    return Usage(output, [$"--baseline: only load runs are compared with a baseline ({args.Run} is a {Kind(run)} run, {args.Baseline} a {Kind(baseline)} run)."]);
                }
            }
        }
        catch (RunUnreadableException ex)
        {
            output.WriteLine($"error: {ConsoleText.Clean(ex.Message)}");
            return ExitCodes.TargetUnreachable;
        }

        problems.AddRange(ConditionKinds.Problems(run.Kind, conditions));
        if (problems.Count > 0)
        {
            return Usage(output, problems);
        }

        var report = GateEvaluator.Evaluate(run, conditions, baseline, limits, args.NoDefaultGate, args.AllowUnderstated);

        // The run folder may come from elsewhere: what it says is printed, never acted on by the terminal.
        output.Write(ConsoleText.Clean(GateText.Render(report), keepLineBreaks: true));
        if (args.SaveBaseline)
        {
            SaveBaseline(args, run, report.Passed, output);
        }

        return report.Passed ? ExitCodes.Passed : ExitCodes.Failed;
    }

    private static void SaveBaseline(GateArguments args, RunDocument run, bool passed, TextWriter output)
    {
        if (LoadRunTrust.NotABaseline(run) is { } why)
        {
            output.WriteLine($"Baseline NOT saved: {why}; such a run is never a baseline, even with {LoadRunTrust.AllowUnderstatedOption}.");
            return;
        }

        if (!passed)
        {
            output.WriteLine("Baseline NOT saved: a failing run is no baseline.");
            return;
        }

        // run.json's name is data from the run folder: it picks a folder name under the baselines root, never a path.
        var saved = BaselineStore.Save(args.Run, args.SaveBaselineTo ?? BaselineName.DefaultFolder(run.Load?.Name ?? "conformance"));
        output.WriteLine($"Baseline saved to {ConsoleText.Clean(saved)}");
    }

    private static int Usage(TextWriter output, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            output.WriteLine($"error: {ConsoleText.Clean(problem)}");
        }

        return ExitCodes.UsageError;
    }

    private static string Kind(RunDocument run) => run.Kind.ToString().ToLowerInvariant();
}
