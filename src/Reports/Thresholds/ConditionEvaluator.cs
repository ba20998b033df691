using Harness.Load.Thresholds;
using Harness.Reports.Documents;

namespace Harness.Reports.Thresholds;

/// <summary>Evaluates gate conditions against a load or a conformance run.</summary>
internal static class ConditionEvaluator
{
    public static ConditionOutcome Evaluate(GateCondition condition, RunDocument run)
    {
        if (condition.Checks is { } checks)
        {
            return run.Conformance is { } conformance
                ? EvaluateChecks(condition, checks, conformance)
                : new ConditionOutcome(condition, "n/a", ConditionVerdict.NotApplicable, "a load run has no conformance checks");
        }

        if (run.Load is not { } load)
        {
            return new ConditionOutcome(condition, "n/a", ConditionVerdict.NotApplicable, "a conformance run has no load metrics");
        }

        var expression = condition.Expression!;
        var value = load.Value(expression.Metric);
        if (value is not { } v)
        {
            // Nothing to judge is no pass: the phase it is about never ran, or the target never answered.
            var why = expression.Metric.Kind == Harness.Load.Thresholds.ThresholdMetricKind.AchievedRate
                ? "nothing to judge: no measured open phase ran (closed model, or the run stopped first)"
                : "nothing to judge: no request got an answer";
            return new ConditionOutcome(condition, "n/a", ConditionVerdict.Fail, why);
        }

        return new ConditionOutcome(condition, expression.Metric.Definition.Format(v),
            expression.IsSatisfiedBy(v) ? ConditionVerdict.Pass : ConditionVerdict.Fail) { Value = v };
    }

    private static ConditionOutcome EvaluateChecks(GateCondition condition, ChecksCondition checks, Harness.Conformance.Reports.ConformanceRunRecord run)
    {
        var matched = run.Checks.Where(c => checks.Matches(c.Id)).ToArray();
        if (matched.Length == 0)
        {
            return new ConditionOutcome(condition, "no check matches", ConditionVerdict.Fail, $"no check id matches '{checks.Glob}'");
        }

        var failed = matched.Where(c => !c.Passed).ToArray();
        var observed = $"{matched.Length - failed.Length} of {matched.Length} pass";
        var note = failed.Length == 0 ? null
            : "failing: " + string.Join(", ", failed.Take(5).Select(c => $"{c.Id} ({c.Verdict})")) + (failed.Length > 5 ? $" and {failed.Length - 5} more" : "");
        return new ConditionOutcome(condition, observed, failed.Length == 0 && !run.Summary.Interrupted ? ConditionVerdict.Pass : ConditionVerdict.Fail,
            run.Summary.Interrupted ? "the conformance run was interrupted" : note) { Value = failed.Length };
    }
}
