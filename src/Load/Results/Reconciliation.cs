namespace Harness.Load.Results;

/// <summary>
/// The harness's count of 200 answers beside the receiver's own accepted count over the run
/// (from <c>/_fake/stats</c>, read before and after), and the difference.
/// </summary>
public sealed record Reconciliation(long ReceiverAccepted, long HarnessAccepted)
{
    public long Difference => ReceiverAccepted - HarnessAccepted;

    public bool Matches => Difference == 0;
}
