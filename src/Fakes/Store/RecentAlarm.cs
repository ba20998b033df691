using Harness.Contract.Validation;

namespace Harness.Fakes.Store;

/// <summary>One accepted alarm as it arrived, for <c>/_fake/alarms</c> and the journal.</summary>
internal sealed record RecentAlarm(long Sequence, DateTimeOffset ReceivedAt, string RedactedKey, StoreOutcome Outcome, ReceivedAlarm Received)
{
    /// <summary>The alarm as it arrived, built from its body on each read.</summary>
    public Alarm Alarm => Received.Alarm;
}
