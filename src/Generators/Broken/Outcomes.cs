using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Contract.Validation;

namespace Harness.Generators.Broken;

/// <summary>
/// The expected answer for a value reaching a field, written from DECISIONS.md rows 5-8 and 17
/// (not from the validator: the catalogue is what the validator is checked against).
/// </summary>
internal static class Outcomes
{
    /// <summary>Absent or JSON null: "must not be null" when required, else accepted (rows 5, 6).</summary>
    public static CaseExpectation AbsentOrNull(FieldRule field) =>
        field.Required ? CaseExpectation.Violations((field, ViolationRule.Missing)) : CaseExpectation.Accepted;

    /// <summary>Text reaching a string field: size first, then the enumeration (empty optional enums pass).</summary>
    public static CaseExpectation Text(FieldRule field, string text, Profile profile)
    {
        if (text.Length < field.MinLength || text.Length > field.MaxLength)
        {
            return CaseExpectation.Violations((field, ViolationRule.Size));
        }

        var comparison = profile == Profile.Lenient ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (field.IsEnum && text.Length > 0 && !field.EnumValues.Any(v => string.Equals(v, text, comparison)))
        {
            return CaseExpectation.Violations((field, ViolationRule.Enum));
        }

        return CaseExpectation.Accepted;
    }

    /// <summary>A JSON scalar where a string is wanted: 400 in strict, its JSON text in lenient (row 8).</summary>
    public static CaseExpectation Scalar(FieldRule field, string jsonText, Profile profile) =>
        profile == Profile.Strict ? Type(field) : Text(field, jsonText, profile);

    public static CaseExpectation Type(FieldRule field) => CaseExpectation.Violations((field, ViolationRule.Type));

    public static CaseExpectation Range(FieldRule field) => CaseExpectation.Violations((field, ViolationRule.Range));
}
