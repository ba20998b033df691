using Harness.Contract.Fields;

namespace Harness.Conformance.Checks;

/// <summary>Where a check's rule is written: a row of the spec's tables or of DECISIONS.md.</summary>
internal static class SpecRows
{
    public const string Key = "Table 1 URI parameters: integration_key; DECISIONS rows 1, 19";
    public const string Token = "DECISIONS row 1 (X-Auth-Token)";
    public const string AuthBeforeBody = "DECISIONS row 2 (auth before body)";
    public const string Body = "DECISIONS rows 9, 10, 18 (body level)";
    public const string Example = "Request Example; Table 2 request body";
    public const string Repeats = "DECISIONS row 15 (repeated alarmId, recovery)";
    public const string UnknownFields = "DECISIONS row 11 (unknown fields, duplicate keys)";

    /// <summary>The field's row of Table 2, or the body-level rows when the field is not in the table.</summary>
    public static string ForField(string? field) =>
        field is not null && AlarmFields.Find(field) is { } rule ? rule.SpecRow : Body;
}
