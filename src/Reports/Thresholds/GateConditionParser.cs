using Harness.Load.Scenarios;

namespace Harness.Reports.Thresholds;

/// <summary>
/// Reads gate conditions. Load thresholds go through the scenarios' own parser
/// (<see cref="ThresholdExpression.TryParse"/>), so the gate and scenario files accept exactly the
/// same language and point at the same characters. Two gate-only forms are recognised first:
/// <c>checks.&lt;glob&gt; == pass</c>, and the count <c>unexpected</c>, which the parser reads as a
/// count metric of the same spelling length so carets stay where the user typed.
/// </summary>
internal static class GateConditionParser
{
    private const string Unexpected = "unexpected";

    // Same length as "unexpected", and a count metric, so the parser checks the rest identically.
    private const string CountStandIn = "dropped   ";

    private const string OfTarget = "of target";

    public static bool TryParse(string text, string source, out GateCondition? condition, out ThresholdSyntaxError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        condition = null;
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith(ChecksCondition.Prefix, StringComparison.Ordinal))
        {
            if (!ChecksCondition.TryParse(text, out var checks, out error))
            {
                return false;
            }

            condition = new GateCondition(text, source, null, false, checks);
            return true;
        }

        var lead = text.Length - trimmed.Length;
        var isUnexpected = trimmed.StartsWith(Unexpected, StringComparison.Ordinal)
            && (trimmed.Length == Unexpected.Length || !char.IsAsciiLetterOrDigit(trimmed[Unexpected.Length]) && trimmed[Unexpected.Length] != '_');
        var parsable = isUnexpected ? string.Concat(text.AsSpan(0, lead), CountStandIn, text.AsSpan(lead + Unexpected.Length)) : text;

        // "achieved_rate >= 99% of target" reads well; the ratio is already of the target.
        var end = parsable.TrimEnd();
        if (end.EndsWith(OfTarget, StringComparison.Ordinal) && end.Length > OfTarget.Length && char.IsWhiteSpace(end[^(OfTarget.Length + 1)]))
        {
            parsable = end[..^OfTarget.Length];
        }

        if (!ThresholdExpression.TryParse(parsable, out var expression, out error))
        {
            // Report against what the user wrote, not the stand-in.
            error = error with
            {
                Expression = text,
                Message = isUnexpected ? error.Message.Replace("'dropped'", "'unexpected'", StringComparison.Ordinal) : error.Message,
            };
            return false;
        }

        condition = new GateCondition(text, source, expression, isUnexpected, null);
        return true;
    }
}
