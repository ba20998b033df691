using Harness.Load.Records;
using Harness.Reports.Baselines;
using Harness.Reports.Documents;
using Harness.Reports.Thresholds;

namespace Harness.Reports.Gate;

/// <summary>
/// Evaluates a run: the thresholds its scenario recorded, the ones given on the command line, and
/// (with a baseline) regressions metric by metric. A conformance run is always held to
/// <c>checks.* == pass</c> as well, unless the caller replaces that default explicitly.
/// </summary>
internal static class GateEvaluator
{
    /// <summary>What every conformance run is held to unless the caller explicitly replaces it.</summary>
    public const string DefaultConformanceGate = "checks.* == pass";

    public static GateReport Evaluate(RunDocument run, IReadOnlyList<GateCondition> extra, RunDocument? baseline = null,
                                      IReadOnlyList<RegressionLimit>? limits = null, bool replaceDefault = false, bool allowUnderstated = false)
    {
        var problems = new List<string>();
        var conditions = new List<GateCondition>();
        if (run.Load is { } load)
        {
            foreach (var recorded in load.Thresholds ?? [])
            {
                if (GateConditionParser.TryParse(recorded.Expression, "scenario", out var condition, out var error))
                {
                    conditions.Add(condition! with { AbortOnFail = recorded.AbortOnFail, GraceSeconds = recorded.GraceSeconds });
                }
                else
                {
                    problems.Add($"the scenario's threshold '{recorded.Expression}' does not parse: {error!.Message}");
                }
            }

            if (load.Partial)
            {
                problems.Add("the run was interrupted: its results are partial");
            }

            if (load.AbortedBy is { } abort)
            {
                problems.Add($"the run was aborted by its abortOnFail threshold '{abort.Expression}' after {Figure.Text(abort.AtSeconds)} s (measured {abort.ValueText})");
            }

            if (load.Unreachable is { } unreachable)
            {
                problems.Add($"the target was unreachable: {unreachable}");
            }

            problems.AddRange(LoadRunTrust.Problems(load, allowUnderstated));
            if (!load.Measured.AccountingHolds)
            {
                problems.Add("the run's accounting does not balance (requests unaccounted for)");
            }
        }

        conditions.AddRange(extra);
        if (run.Load is { } measured)
        {
            problems.AddRange(DefaultBounds.Problems(measured, conditions.Select(c => c.Expression)));
        }

        if (run.Conformance is { } conformance)
        {
            // Extra conditions add to the default, never replace it silently: only replaceDefault (--no-default-gate) drops it.
            if (!replaceDefault && !extra.Any(c => c.Canonical == DefaultConformanceGate))
            {
                GateConditionParser.TryParse(DefaultConformanceGate, "default", out var all, out _);
                conditions.Insert(0, all!);
            }

            if (conformance.Summary.Interrupted)
            {
                problems.Add("the conformance run was interrupted: its results are partial");
            }
        }

        var outcomes = conditions.Select(c => ConditionEvaluator.Evaluate(c, run)).ToArray();
        IReadOnlyList<RegressionRow> rows = [];
        if (baseline?.Load is { } before && run.Load is { } after)
        {
            rows = BaselineComparer.Compare(before, after, limits ?? []);
        }

        return new GateReport(run, outcomes, rows, problems, baseline?.Directory);
    }
}
