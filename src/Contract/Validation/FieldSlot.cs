namespace Harness.Contract.Validation;

/// <summary>What one field of the body held, as read in one pass (the last occurrence wins, row 11).</summary>
internal struct FieldSlot
{
    public SlotKind Kind;

    /// <summary>The decoded value of a string token.</summary>
    public string? Text;

    /// <summary>Where the raw token (number text, object JSON) sits in the body.</summary>
    public int Start;
    public int Length;
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
