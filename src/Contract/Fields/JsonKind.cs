namespace Harness.Contract.Fields;

/// <summary>The JSON type a request field must have, as the spec's "Type" column states it.</summary>
public enum JsonKind
{
    /// <summary>A JSON string ("String" in the spec).</summary>
    String,

    /// <summary>A JSON integer that fits a signed 64-bit number ("Long" in the spec).</summary>
    Integer,

    /// <summary>A JSON object ("Object" in the spec).</summary>
    Object,
}
