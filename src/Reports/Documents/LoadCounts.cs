namespace Harness.Reports.Documents;

/// <summary>The measured (non-warm-up) totals of a load run as run.json records them.</summary>
internal sealed record LoadCounts(
    double Seconds,
    long Scheduled,
    long Sent,
    long Completed,
    long Dropped,
    long Late,
    bool AccountingHolds,
    double CompletedPerSecond,
    double SentPerSecond,
    long BytesIn,
    long BytesOut,
    IReadOnlyDictionary<string, long> Outcomes,
    IReadOnlyDictionary<string, long> Statuses,
    IReadOnlyDictionary<string, long> ErrorCodes)
{
    public long Outcome(string name) => Outcomes.TryGetValue(name, out var n) ? n : 0;

    /// <summary>Answers that differed from the payload's expectation, plus requests that got no answer.</summary>
    public long Errors => Outcome("unexpectedAnswer") + Outcome("timeout") + Outcome("connectionError");

    /// <summary>Errors over the requests that were sent and not cancelled by the harness itself.</summary>
    public double ErrorRate
    {
        get
        {
            var settled = Sent - Outcome("cancelled");
            return settled <= 0 ? 0 : (double)Errors / settled;
        }
    }
}
