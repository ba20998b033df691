using Harness.Contract.Fields;
using Harness.Generators.Json;

namespace Harness.Generators.Valid;

/// <summary>
/// The spec's request example, field by field. It is the base every broken case mutates, so a
/// case differs from a body the contract accepts in exactly the way its id says.
/// </summary>
internal static class SpecExample
{
    /// <summary>The example's <c>time</c> (epoch milliseconds).</summary>
    public const long Time = 1709118444540;

    private static readonly Dictionary<FieldRule, string> Values = new()
    {
        [AlarmFields.AlarmId] = JsonText.Quote("18cfxxxxxxxxxx0f8"),
        [AlarmFields.AlarmName] = JsonText.Quote("CPU Usage Exceeding Threshold"),
        [AlarmFields.AlarmLevel] = JsonText.Quote(AlarmLevels.Critical),
        [AlarmFields.Time] = JsonText.Number(Time),
        [AlarmFields.NameSpace] = JsonText.Quote("shanghai"),
        [AlarmFields.RegionId] = JsonText.Quote("eu-west-0"),
        [AlarmFields.ApplicationId] = JsonText.Quote("18cfa0a5ef8d"),
        [AlarmFields.ResourceName] = JsonText.Quote("machine-1"),
        [AlarmFields.ResourceId] = JsonText.Quote("18cxxxxxxxxxxxxff68625"),
        [AlarmFields.AlarmDesc] = JsonText.Quote("string"),
        [AlarmFields.Url] = JsonText.Quote("https://example.com"),
        [AlarmFields.AlarmStatus] = JsonText.Quote(AlarmStatuses.Alarm),
        [AlarmFields.AlarmSource] = JsonText.Quote("coc"),
        [AlarmFields.Additional] = "{}",
    };

    /// <summary>Every field of the table with the example's value, in declaration order.</summary>
    public static JsonBody Body { get; } = Build(includeOptional: true);

    /// <summary>Only the required fields.</summary>
    public static JsonBody Minimal { get; } = Build(includeOptional: false);

    /// <summary>A valid value for a field: the example's, or one made from the table for a field the example lacks.</summary>
    public static string ValueOf(FieldRule field) =>
        Values.TryGetValue(field, out var raw) ? raw : FallbackValue(field);

    private static JsonBody Build(bool includeOptional)
    {
        var body = new JsonBody();
        foreach (var field in AlarmFields.All)
        {
            if (field.Required || includeOptional)
            {
                body = body.With(field.Name, ValueOf(field));
            }
        }

        return body;
    }

    // A field added to the table later still gets a value the contract accepts.
    private static string FallbackValue(FieldRule field) => field.Kind switch
    {
        JsonKind.Integer => JsonText.Number(Time),
        JsonKind.Object => "{}",
        _ when field.IsEnum => JsonText.Quote(field.EnumValues[0]),
        _ => JsonText.Quote(new string('x', Math.Max(1, field.MinLength))),
    };
}
