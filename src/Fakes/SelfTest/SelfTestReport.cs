namespace Harness.Fakes.SelfTest;

/// <summary>What <see cref="ReceiverSelfTest.RunAsync"/> found: the receiver it checked and one row per case.</summary>
public sealed record SelfTestReport(Uri BaseAddress, string Key, Harness.Contract.ReceiverProfile Profile, IReadOnlyList<SelfTestRow> Rows)
{
    public int Failures => Rows.Count(r => r.Problem is not null);
}
