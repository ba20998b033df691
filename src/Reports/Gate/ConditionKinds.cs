using Harness.Reports.Documents;
using Harness.Reports.Thresholds;

namespace Harness.Reports.Gate;

/// <summary>
/// A thresholds list is a contract too: a load metric on a conformance run (or a <c>checks.*</c>
/// condition on a load run) can only be a mistake, and used to pass silently as "n/a". Such a
/// condition is a usage error (exit 2), named with what the run's kind can be judged by.
/// </summary>
internal static class ConditionKinds
{
    public static IReadOnlyList<string> Problems(RunKind kind, IEnumerable<GateCondition> conditions)
    {
        var problems = new List<string>();
        foreach (var condition in conditions)
        {
            if (kind == RunKind.Conformance && condition.Checks is null)
            {
                problems.Add($"{condition.Source}: '{condition.Text.Trim()}' is a load metric, and a conformance run has none: judge it with checks.<glob> == pass");
            }
            else if (kind == RunKind.Load && condition.Checks is not null)
            {
                problems.Add($"{condition.Source}: '{condition.Text.Trim()}' judges conformance checks, and a load run has none: judge it with p99, error_rate, unexpected, ...");
            }
        }

        return problems;
    }
}
