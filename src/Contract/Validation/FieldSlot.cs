namespace Harness.Contract.Validation;

/// <summary>What one field of the body held, as read in one pass (the last occurrence wins, row 11).</summary>
internal struct FieldSlot
{
    public SlotKind Kind;

    /// <summary>The decoded value of a string token with escapes; null for one without (its bytes are at Start).</summary>
    public string? Text;

    /// <summary>Where the raw token (an unescaped string's UTF-8 between its quotes, number text, object JSON) sits in the body.</summary>
    public int Start;
    public int Length;
}

/// <summary>One slot per field of the table, on the stack: the fake validates every request, and an array here was one allocation per request.</summary>
[System.Runtime.CompilerServices.InlineArray(Count)]
internal struct FieldSlots
{
    /// <summary>The number of fields in <see cref="Fields.AlarmFields.All"/> (BodyReader refuses to start otherwise).</summary>
    public const int Count = 14;

    private FieldSlot _first;
}

internal enum SlotKind : byte
{
    Absent,
    Null,
    String,
    Number,
    True,
    False,
    Object,
    Array,
}
