using Harness.Contract.Validation;

namespace Harness.Fakes.Store;

/// <summary>An active alarm as last reported, immutable so it can be swapped atomically on update.</summary>
internal sealed record StoredAlarm(int KeyIndex, ReceivedAlarm Received, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int Updates)
{
    /// <summary>The alarm as last reported, built from its body on each read.</summary>
    public Alarm Alarm => Received.Alarm;
}
