using Harness.Load.Scenarios;
using Harness.Load.Thresholds;

namespace Harness.Reports.Thresholds;

/// <summary>
/// One condition the gate evaluates: a load threshold parsed by the scenarios' parser
/// (<see cref="Expression"/>), or a conformance
/// <c>checks.&lt;glob&gt; == pass</c>.
/// </summary>
internal sealed record GateCondition(string Text, string Source, ThresholdExpression? Expression, ChecksCondition? Checks)
{
    public bool AbortOnFail { get; init; }

    public double GraceSeconds { get; init; }

    /// <summary>Canonical spelling (the parser's), or the text for check conditions.</summary>
    public string Canonical => Checks is not null ? Text.Trim() : Expression!.ToString();
}
