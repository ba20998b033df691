using Harness.Contract.Validation;

namespace Harness.Fakes.Store;

/// <summary>An active alarm as last reported, immutable so it can be swapped atomically on update.</summary>
internal sealed record StoredAlarm(int KeyIndex, Alarm Alarm, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int Updates);
