namespace Harness.Contract.Validation;

/// <summary>
/// What a receiver's store needs of an accepted alarm without building it: its id (the alarm's
/// identity, DECISIONS row 15) and whether it clears the alarm (<see cref="Alarm.IsRecovery"/>).
/// </summary>
/// <param name="AlarmId">The <c>alarmId</c> text, exactly as <see cref="Alarm.AlarmId"/> would hold it.</param>
/// <param name="IsRecovery">True when <c>alarmStatus</c> is <c>ok</c>, in any case.</param>
public readonly record struct AlarmSummary(string AlarmId, bool IsRecovery);
