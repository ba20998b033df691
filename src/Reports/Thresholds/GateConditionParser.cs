using Harness.Load.Scenarios;
using Harness.Load.Thresholds;

namespace Harness.Reports.Thresholds;

/// <summary>
/// Reads gate conditions. Load thresholds go through the scenarios' own parser
/// (<see cref="ThresholdExpression.TryParse"/>), so the gate and scenario files accept exactly the
/// same language (including <c>unexpected</c>) and point at the same characters. The gate-only form
/// <c>checks.&lt;glob&gt; == pass</c> is recognised first.
/// </summary>
internal static class GateConditionParser
{
    private const string OfTarget = "of target";

    public static bool TryParse(string text, string source, out GateCondition? condition, out ThresholdSyntaxError? error)
    {
        condition = null;
        if (text.TrimStart().StartsWith(ChecksCondition.Prefix, StringComparison.Ordinal))
        {
            if (!ChecksCondition.TryParse(text, out var checks, out error))
            {
                return false;
            }

            condition = new GateCondition(text, source, null, checks);
            return true;
        }

        // "achieved_rate >= 99% of target" reads well; the ratio is already of the target.
        var parsable = text;
        var end = text.TrimEnd();
        if (end.EndsWith(OfTarget, StringComparison.Ordinal) && end.Length > OfTarget.Length && char.IsWhiteSpace(end[^(OfTarget.Length + 1)]))
        {
            parsable = end[..^OfTarget.Length];
        }

        if (!ThresholdExpression.TryParse(parsable, out var expression, out error))
        {
            // Report against what the user wrote (with its "of target"): the positions are the same.
            error = error with { Expression = text };
            return false;
        }

        condition = new GateCondition(text, source, expression, null);
        return true;
    }
}
