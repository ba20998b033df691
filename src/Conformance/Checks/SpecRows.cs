using Harness.Contract.Fields;

namespace Harness.Conformance.Checks;

/// <summary>Where a check's rule is written: a row of the spec's tables or a decision of docs/contract.md.</summary>
internal static class SpecRows
{
    public const string Key = "Table 1 URI parameters: integration_key; contract.md#row-1, #row-19";
    public const string Token = "contract.md#row-1 (X-Auth-Token)";
    public const string AuthBeforeBody = "contract.md#row-2 (auth before body)";
    public const string Body = "contract.md#row-9, #row-10, #row-18 (body level)";
    public const string Example = "Request Example; Table 2 request body";
    public const string Repeats = "contract.md#row-15 (repeated alarmId, recovery)";
    public const string UnknownFields = "contract.md#row-11 (unknown fields, duplicate keys)";

    /// <summary>The field's row of Table 2, or the body-level rows when the field is not in the table.</summary>
    public static string ForField(string? field) =>
        field is not null && AlarmFields.Find(field) is { } rule ? rule.SpecRow : Body;
}
