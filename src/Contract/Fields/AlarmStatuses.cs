namespace Harness.Contract.Fields;

/// <summary>The values of <c>alarmStatus</c>: raised, or restored.</summary>
public static class AlarmStatuses
{
    public const string Alarm = "alarm";
    public const string Ok = "ok";

    public static readonly IReadOnlyList<string> All = [Alarm, Ok];
}
