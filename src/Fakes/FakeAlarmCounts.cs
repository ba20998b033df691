namespace Harness.Fakes;

/// <summary>The alarm store's lifecycle counts (DECISIONS row 15).</summary>
/// <param name="Active">Alarms raised and not yet cleared (those tracked).</param>
/// <param name="Raised">Raises of an alarm that was not active.</param>
/// <param name="Updated">Repeats of an active alarm's id.</param>
/// <param name="Cleared"><c>ok</c> for an active alarm.</param>
/// <param name="OrphanRecoveries"><c>ok</c> for an alarm that was not active.</param>
/// <param name="Untracked">Raises counted but not kept because the store was full (see MaxTrackedAlarms).</param>
public sealed record FakeAlarmCounts(long Active, long Raised, long Updated, long Cleared, long OrphanRecoveries, long Untracked);
