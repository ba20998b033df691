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
    private readonly AlarmValidator _validator;

    private ReceivedAlarm(AlarmSummary summary, byte[]? body, Alarm? alarm, AlarmValidator validator)
    {
        AlarmId = summary.AlarmId;
        IsRecovery = summary.IsRecovery;
        _body = body;
        _alarm = alarm;
        _validator = validator;
    }

    public string AlarmId { get; }

    public bool IsRecovery { get; }

    /// <summary>The alarm, as the validator gives it for this body (built anew on each read of a kept body).</summary>
    public Alarm Alarm => _alarm ?? _validator.ReadAccepted(_body);

    /// <summary>
    /// Keeps a body <paramref name="validator"/> accepted. <paramref name="owned"/> is the body
    /// itself when the caller already copied it into an array of its own, which is then kept as is.
    /// </summary>
    public static ReceivedAlarm Keep(ReadOnlySpan<byte> body, byte[]? owned, AlarmSummary summary, AlarmValidator validator) =>
        body.Length > MaxKeptBodyBytes
            ? new(summary, null, validator.ReadAccepted(body), validator)
            : new(summary, owned ?? body.ToArray(), null, validator);
}
