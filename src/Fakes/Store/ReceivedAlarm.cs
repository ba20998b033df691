using Harness.Contract.Validation;

namespace Harness.Fakes.Store;

/// <summary>
/// An accepted alarm as the store and the recent list keep it: the body's bytes (one owned copy)
/// and what the hot path needs of them (id, recovery); the <see cref="Alarm"/> of strings is built
/// from the bytes only when someone reads it (<c>/_fake/alarms</c>, the journal). A body over
/// <see cref="MaxKeptBodyBytes"/> is kept as its alarm instead, so a full store stays as small as
/// the alarms themselves however much unknown padding their bodies carried.
/// </summary>
internal sealed class ReceivedAlarm
{
    /// <summary>The largest body kept as bytes: a few times the spec example, with every field at its longest in ASCII.</summary>
    public const int MaxKeptBodyBytes = 8 * 1024;

    private readonly byte[]? _body;
    private readonly Alarm? _alarm;
    private readonly AlarmValidator? _validator;

    private ReceivedAlarm(string alarmId, bool isRecovery, byte[]? body, Alarm? alarm, AlarmValidator? validator)
    {
        AlarmId = alarmId;
        IsRecovery = isRecovery;
        _body = body;
        _alarm = alarm;
        _validator = validator;
    }

    public string AlarmId { get; }

    public bool IsRecovery { get; }

    /// <summary>The alarm, as the validator gives it for this body (built anew on each read of a kept body).</summary>
    public Alarm Alarm => _alarm ?? _validator!.ReadAccepted(_body);

    /// <summary>
    /// Keeps the bytes of a body of at most <see cref="MaxKeptBodyBytes"/> that
    /// <paramref name="validator"/> accepted; <paramref name="body"/> is an array of its own, kept as is.
    /// </summary>
    public static ReceivedAlarm Kept(byte[] body, AlarmSummary summary, AlarmValidator validator) =>
        new(summary.AlarmId, summary.IsRecovery, body, null, validator);

    /// <summary>Keeps the alarm built from a larger body, not the body.</summary>
    public static ReceivedAlarm Parsed(Alarm alarm) => new(alarm.AlarmId, alarm.IsRecovery, null, alarm, null);
}
