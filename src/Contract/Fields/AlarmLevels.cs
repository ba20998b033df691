namespace Harness.Contract.Fields;

/// <summary>The values of <c>alarmLevel</c>, most severe first.</summary>
public static class AlarmLevels
{
    public const string Critical = "Critical";
    public const string Major = "Major";
    public const string Minor = "Minor";
    public const string Info = "Info";

    public static readonly IReadOnlyList<string> All = [Critical, Major, Minor, Info];
}
