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
        var conditions = new List<GateCondition>();
        var usage = false;
        foreach (var text in args.Thresholds)
        {
            if (GateConditionParser.TryParse(text, "--threshold", out var condition, out var error))
            {
                conditions.Add(condition!);
            }
            else
            {
                output.WriteLine($"error: --threshold: {error!.Render()}");
                usage = true;
            }
        }

        IReadOnlyList<RegressionLimit> limits = [];
        if (args.Baseline is not null || args.MaxRegression is not null)
        {
            if (!RegressionLimits.TryParse(args.MaxRegression ?? RegressionLimits.Default, out limits, out var error))
            {
                output.WriteLine($"error: --max-regression: {error!.Render()}");
                usage = true;
            }
        }

        if (usage)
        {
            return ExitCodes.UsageError;
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
                    output.WriteLine($"error: --baseline: only load runs are compared with a baseline ({args.Run} is a {Kind(run)} run, {args.Baseline} a {Kind(baseline)} run).");
                    return ExitCodes.UsageError;
                }
            }
        }
        catch (RunUnreadableException ex)
        {
            output.WriteLine($"error: {ex.Message}");
            return ExitCodes.TargetUnreachable;
        }

        var report = GateEvaluator.Evaluate(run, conditions, baseline, limits, args.AllowUnderstated);
        output.Write(GateText.Render(report));
        if (args.SaveBaseline)
        {
            if (LoadRunTrust.NotABaseline(run) is { } why)
            {
                output.WriteLine($"Baseline NOT saved: {why}; such a run is never a baseline, even with {LoadRunTrust.AllowUnderstatedOption}.");
            }
            else if (report.Passed)
            {
                var name = run.Load?.Name ?? "conformance";
                var saved = BaselineStore.Save(args.Run, args.SaveBaselineTo ?? Path.Combine(BaselineStore.DefaultRoot, name));
                output.WriteLine($"Baseline saved to {saved}");
            }
            else
            {
                output.WriteLine("Baseline NOT saved: a failing run is no baseline.");
            }
        }

        return report.Passed ? ExitCodes.Passed : ExitCodes.Failed;
    }

    private static string Kind(RunDocument run) => run.Kind.ToString().ToLowerInvariant();
}
