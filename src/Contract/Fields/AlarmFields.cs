namespace Harness.Contract.Fields;

/// <summary>
/// The request body of <c>POST /v1/event/huawei/custom/{integration_key}</c>, row for row as
/// the spec's Table 2 gives it, in declaration order. This is the only place the table is written.
/// </summary>
public static class AlarmFields
{
    /// <summary>The length limit every string field of the spec shares.</summary>
    public const int MaxStringLength = 255;

    public static readonly FieldRule AlarmId = Text("alarmId", required: true, "Alarm id");
    public static readonly FieldRule AlarmName = Text("alarmName", required: true, "Alarm name");
    public static readonly FieldRule AlarmLevel = Text("alarmLevel", required: true,
        "Alarm severity. The value can be Critical, Major, Minor, or Info.", AlarmLevels.All);
    public static readonly FieldRule Time = new("time", true, JsonKind.Integer, 0, 0, [],
        "Time when an alarm is generated");
    public static readonly FieldRule NameSpace = Text("nameSpace", required: true, "Namespace of a service");
    public static readonly FieldRule RegionId = Text("regionId", required: false,
        "ID of the region where the alarm is generated");
    public static readonly FieldRule ApplicationId = Text("applicationId", required: true, "Application ID");
    public static readonly FieldRule ResourceName = Text("resourceName", required: false, "Resource name");
    public static readonly FieldRule ResourceId = Text("resourceId", required: false, "Resource ID");
    public static readonly FieldRule AlarmDesc = Text("alarmDesc", required: true, "Alarm description");
    public static readonly FieldRule Url = Text("URL", required: false, "Original alarm URL");
    public static readonly FieldRule AlarmStatus = Text("alarmStatus", required: false,
        "Alarm status. The value can be alarm (in alarm) or ok (alarm restored).", AlarmStatuses.All);
    public static readonly FieldRule AlarmSource = Text("alarmSource", required: true, "Alarm Sources");
    public static readonly FieldRule Additional = new("additional", false, JsonKind.Object, 0, 0, [],
        "Supplementary information about the alarm");

    /// <summary>Every field, in the spec's declaration order (the order violations are reported in).</summary>
    public static readonly IReadOnlyList<FieldRule> All =
    [
        AlarmId, AlarmName, AlarmLevel, Time, NameSpace, RegionId, ApplicationId,
        ResourceName, ResourceId, AlarmDesc, Url, AlarmStatus, AlarmSource, Additional,
    ];

    /// <summary>The field with this exact (case-sensitive) name, or null.</summary>
    public static FieldRule? Find(string name)
    {
        foreach (var field in All)
        {
            if (string.Equals(field.Name, name, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The position of a field in declaration order.</summary>
    public static int IndexOf(FieldRule field)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (ReferenceEquals(All[i], field))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{field.Name}' is not a field of the alarm body.", nameof(field));
    }

    // Required strings have a minimum of 1; optional ones a minimum of 0 (spec: "Minimum length: 0 character").
    private static FieldRule Text(string name, bool required, string description, IReadOnlyList<string>? values = null) =>
        new(name, required, JsonKind.String, required ? 1 : 0, MaxStringLength, values ?? [], description);
}
