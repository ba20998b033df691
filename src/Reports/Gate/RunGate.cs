using Harness.Reports.Baselines;
using Harness.Reports.Documents;
using Harness.Reports.Thresholds;

namespace Harness.Reports.Gate;

/// <summary>
/// The gate's policy from the request to the decision: parse the extra thresholds and regression
/// limits, open the run (and baseline: load runs only, of the same kind), judge, and save the run as
/// a baseline only when it passed and is trustworthy. The CLI prints the decision and maps it to an exit code.
/// </summary>
internal static class RunGate
{
    public static GateDecision Decide(GateRequest request)
    {
        var problems = new List<string>();
        var conditions = new List<GateCondition>();
        foreach (var text in request.Thresholds ?? [])
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
        if ((request.Baseline is not null || request.MaxRegression is not null)
            && !RegressionLimits.TryParse(request.MaxRegression ?? RegressionLimits.Default, out limits, out var limitError))
        {
            problems.Add($"--max-regression: {limitError!.Render()}");
        }

        if (request.NoDefaultGate && conditions.Count == 0)
        {
            problems.Add("--no-default-gate: give the conditions that replace checks.* == pass with --threshold");
        }

        if (problems.Count > 0)
        {
            return new GateDecision { Problems = problems };
        }

        RunDocument run;
        RunDocument? baseline = null;
        try
        {
            run = RunDocument.Open(request.Run);
            if (request.Baseline is not null)
            {
                baseline = RunDocument.Open(request.Baseline);
                if (baseline.Kind != run.Kind || run.Kind != RunKind.Load)
                {
                    return new GateDecision
                    {
                        Problems = [$"--baseline: only load runs are compared with a baseline ({request.Run} is a {Kind(run)} run, {request.Baseline} a {Kind(baseline)} run)."],
                    };
                }

                if (BaselineComparer.Incomparable(baseline.Load!, run.Load!) is { } why)
                {
                    return new GateDecision { Problems = [$"--baseline: {request.Baseline} is no baseline for {request.Run}: {why}; save a baseline from a run of the same scenario and rates."] };
                }
            }
        }
        catch (RunUnreadableException ex)
        {
            return new GateDecision { Unreadable = ex.Message };
        }

        problems.AddRange(ConditionKinds.Problems(run.Kind, conditions));
        if (problems.Count > 0)
        {
            return new GateDecision { Problems = problems };
        }

        var report = GateEvaluator.Evaluate(run, conditions, baseline, limits, request.NoDefaultGate, request.AllowUnderstated);
        return new GateDecision { Report = report, BaselineNote = request.SaveBaseline ? SaveBaseline(request, run, report.Passed) : null };
    }

    private static string SaveBaseline(GateRequest request, RunDocument run, bool passed)
    {
        if (LoadRunTrust.NotABaseline(run) is { } why)
        {
            return $"Baseline NOT saved: {why}; such a run is never a baseline, even with {LoadRunTrust.AllowUnderstatedOption}.";
        }

        if (!passed)
        {
            return "Baseline NOT saved: a failing run is no baseline.";
        }

        // run.json's name is data from the run folder: it picks a folder name under the baselines root, never a path.
        var saved = BaselineStore.Save(request.Run, request.SaveBaselineTo ?? BaselineName.DefaultFolder(run.Load?.Name ?? "conformance"));
        return $"Baseline saved to {saved}";
    }

    private static string Kind(RunDocument run) => run.Kind.ToString().ToLowerInvariant();
}
