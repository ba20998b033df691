using Harness.Contract.Fields;

namespace Harness.Contract.Validation;

/// <summary>
/// An alarm the validator accepted, with each field's value as the receiver saw it (after the
/// profile's coercions). Values are indexed by the field table, so no field is named twice.
/// </summary>
public sealed class Alarm
{
    private readonly string?[] _texts;

    internal Alarm(string?[] texts, long time, string? additionalJson)
    {
        _texts = texts;
        Time = time;
        AdditionalJson = additionalJson;
    }

    /// <summary>The text of a string field (null when absent or null).</summary>
    public string? this[FieldRule field] => _texts[AlarmFields.IndexOf(field)];

    /// <summary>Epoch milliseconds.</summary>
    public long Time { get; }

    /// <summary>The <c>additional</c> object as compact JSON text, or null.</summary>
    public string? AdditionalJson { get; }

    public string AlarmId => _texts[0]!;
    public string AlarmName => _texts[1]!;
    public string AlarmLevel => _texts[2]!;

    /// <summary>True when <c>alarmStatus</c> is <c>ok</c> (case as the profile allows); absent or empty means raised.</summary>
    public bool IsRecovery => string.Equals(this[AlarmFields.AlarmStatus], AlarmStatuses.Ok, StringComparison.OrdinalIgnoreCase);

    /// <summary>Every string field that has a value, in declaration order.</summary>
    public IEnumerable<KeyValuePair<FieldRule, string>> Texts()
    {
        for (var i = 0; i < _texts.Length; i++)
        {
            if (_texts[i] is { } text)
            {
                yield return new(AlarmFields.All[i], text);
            }
        }
    }
}
