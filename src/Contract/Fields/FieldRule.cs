namespace Harness.Contract.Fields;

/// <summary>
/// One row of the spec's request-body table: everything the validator, the generators and the
/// conformance checks know about a field comes from here.
/// </summary>
/// <param name="Name">The JSON property name, case-sensitive.</param>
/// <param name="Required">The spec's "Mandatory" column.</param>
/// <param name="Kind">The JSON type the field must have.</param>
/// <param name="MinLength">Minimum length in UTF-16 code units (strings only).</param>
/// <param name="MaxLength">Maximum length in UTF-16 code units (strings only).</param>
/// <param name="EnumValues">Allowed values, empty when the field is free text.</param>
/// <param name="Description">The spec's description.</param>
public sealed record FieldRule(
    string Name,
    bool Required,
    JsonKind Kind,
    int MinLength,
    int MaxLength,
    IReadOnlyList<string> EnumValues,
    string Description)
{
    /// <summary>True when the field only takes the values in <see cref="EnumValues"/>.</summary>
    public bool IsEnum => EnumValues.Count > 0;

    /// <summary>True for string fields, the only ones with length rules.</summary>
    public bool HasLength => Kind == JsonKind.String;

    /// <summary>The spec's table this row comes from, for reports ("Table 2 request body: alarmName").</summary>
    public string SpecRow => $"Table 2 request body: {Name}";
}
