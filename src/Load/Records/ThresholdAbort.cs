namespace Harness.Load.Records;

/// <summary>
/// Why a run stopped before its phases ended: an abortOnFail threshold failed over what had been
/// measured so far (cumulative since the first measured phase began, warm-up excluded).
/// </summary>
/// <param name="Expression">The threshold as written in the scenario.</param>
/// <param name="Value">The measured value when it failed, in the metric's base unit (ms, ratio, count, /s).</param>
/// <param name="ValueText">The value as people read it, e.g. <c>50.3 ms</c>.</param>
/// <param name="AtSeconds">Seconds from the start of the measured phases to the check that failed.</param>
/// <param name="GraceSeconds">The threshold's grace period, which had passed.</param>
internal sealed record ThresholdAbort([property: System.Text.Json.Serialization.JsonPropertyName("threshold")] string Expression, double Value, string ValueText, double AtSeconds, double GraceSeconds);
