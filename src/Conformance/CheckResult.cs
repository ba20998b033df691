namespace Harness.Conformance;

/// <summary>
/// The outcome of one check: what it proves, what was expected under the active profile, what the
/// target answered, and a curl command that re-sends the request byte for byte.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>alarmName.too-long.multibyte</c> (the catalogue's id where there is one).</param>
/// <param name="Title">One line saying what the check sends.</param>
/// <param name="Rule">The rule it proves (<c>size</c>, <c>enum</c>, <c>auth-before-body</c>, ...).</param>
/// <param name="SpecRow">Where in the spec or DECISIONS.md the rule comes from.</param>
/// <param name="Field">The body field concerned, or null for body- and key-level checks.</param>
/// <param name="Expected">The expected answer, as text (status, error_code, names the message must contain).</param>
/// <param name="Actual">What the target answered, as text (status, Content-Type, envelope or transport error).</param>
/// <param name="Verdict">The classification.</param>
/// <param name="Curl">A curl command reproducing the (last) request; secrets redacted unless asked otherwise.</param>
public sealed record CheckResult(
    string Id,
    string Title,
    string Rule,
    string SpecRow,
    string? Field,
    string Expected,
    string Actual,
    Verdict Verdict,
    string Curl)
{
    /// <summary>The expected HTTP status.</summary>
    public int ExpectedStatus { get; init; }

    /// <summary>The status the target answered, or null when it did not answer.</summary>
    public int? ActualStatus { get; init; }

    /// <summary>The <c>error_code</c> of the (last) answer, or null when it had none.</summary>
    public string? ActualErrorCode { get; init; }

    /// <summary>Why the verdict is what it is (the first mismatch, or the flaky pair), empty on a pass.</summary>
    public string Reason { get; init; } = "";

    /// <summary>The group the report files it under: <c>positive</c>, <c>negative</c>, <c>key</c>, <c>probe</c> or <c>fuzz</c>.</summary>
    public Checks.CheckGroup Group { get; init; }

    /// <summary>What the check is about, for grouping: the field, or <c>(key)</c>, <c>(route)</c> or <c>(body)</c>.</summary>
    public string Subject => Field ?? Group switch
    {
        Checks.CheckGroup.Key => "(key)",
        Checks.CheckGroup.Route => "(route)",
        _ => "(body)",
    };

    /// <summary>What the rule rests on: the contract, an open point, or nothing pinned.</summary>
    public CheckBasis Basis { get; init; } = CheckBasis.Contract;

    /// <summary>The rule's anchor in docs/contract.md, e.g. <c>row-9</c>.</summary>
    public string Anchor { get; init; } = "";

    /// <summary>What the answer means for the verdict.</summary>
    public Standing Standing { get; init; } = Standing.Conforms;

    /// <summary>For open points: the named profiles whose expectation the answer meets (<c>strict</c>, <c>lenient</c>, both, or empty).</summary>
    public string Matches { get; init; } = "";

    /// <summary>True when a profile was chosen, so a <see cref="Standing.Deviation"/> fails the run.</summary>
    public bool DeviationFails { get; init; }

    /// <summary>
    /// False for a contract violation, and for a deviation when a profile is enforced. A deviation
    /// with no profile and a finding on an unpinned point are reported, not failed.
    /// </summary>
    public bool Passed => Verdict == Verdict.Skipped
        || !(Standing == Standing.Violation || (Standing == Standing.Deviation && DeviationFails));

    /// <summary>The curl line with secrets always redacted: the only form files may hold.</summary>
    internal string RedactedCurl { get; init; } = "";

    /// <summary>How long the check took (all its requests), in milliseconds.</summary>
    public double ElapsedMs { get; init; }
}
