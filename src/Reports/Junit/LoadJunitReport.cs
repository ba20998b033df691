using Harness.Reports.Baselines;
using Harness.Reports.Gate;
using Harness.Reports.Thresholds;
using Harness.Runs;

namespace Harness.Reports.Junit;

/// <summary>
/// junit.xml of a load run: one testcase per threshold, one per compared baseline metric with a
/// limit, one per run-level problem.
/// </summary>
internal static class LoadJunitReport
{
    public const string FileName = JunitWriter.FileName;

    public static string Render(GateReport gate)
    {
        var run = gate.Run.Load!;
        var cases = new List<JunitCase>();
        foreach (var o in gate.Conditions)
        {
            var name = o.Condition.Text.Trim();
            cases.Add(new JunitCase("load.thresholds", name)
            {
                Problem = o.Verdict == ConditionVerdict.Fail ? Failure(name, $"measured {o.Observed}{(o.Note is null ? "" : $" ({o.Note})")}") : null,
                Skipped = o.Verdict == ConditionVerdict.NotApplicable ? o.Note ?? "not applicable" : null,
            });
        }

        foreach (var r in gate.Regressions.Where(r => r.Verdict != RegressionVerdict.Info))
        {
            var name = $"{r.Metric} within {r.Limit}";
            cases.Add(new JunitCase("load.baseline", name)
            {
                Problem = r.Verdict == RegressionVerdict.Fail ? Failure(name, $"baseline {r.Baseline}, run {r.Run}, delta {r.Delta} (limit {r.Limit})") : null,
            });
        }

        cases.AddRange(gate.Problems.Select(problem => new JunitCase("load.run", problem) { Problem = Failure(problem, problem) }));
        return JunitWriter.Write($"harness load {run.Name}", run.Measured.Seconds, [new JunitSuite($"load.{run.Name}", run.StartedUtc, run.Measured.Seconds, cases)]);
    }

    private static JunitProblem Failure(string name, string failure) => new(false, "threshold", failure, $"{name}: {failure}");
}
