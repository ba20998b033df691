namespace Harness.Contract.Validation;

/// <summary>Which rule of a field a value broke.</summary>
public enum ViolationRule
{
    /// <summary>A required field is absent or <c>null</c> (row 5).</summary>
    Missing,

    /// <summary>A string is shorter or longer than its limits, in UTF-16 code units (row 4).</summary>
    Size,

    /// <summary>A value outside the field's enumeration (row 7).</summary>
    Enum,

    /// <summary>The wrong JSON type (row 8, and row 3 for <c>time</c>).</summary>
    Type,

    /// <summary>A number outside its range (<c>time</c>: 1..Int64.MaxValue, row 3).</summary>
    Range,
}
