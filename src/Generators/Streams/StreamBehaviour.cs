namespace Harness.Generators.Streams;

/// <summary>What part of an estate's life a stream event belongs to.</summary>
public enum StreamBehaviour
{
    /// <summary>A one-off alarm that nothing follows up.</summary>
    Single,

    /// <summary>An alarm raised and, later, recovered (<c>alarmStatus: ok</c>, same <c>alarmId</c>).</summary>
    RaiseRecover,

    /// <summary>One of a burst of different alarms from one resource.</summary>
    Storm,

    /// <summary>An alarm going alarm/ok/alarm under one <c>alarmId</c>.</summary>
    Flapping,

    /// <summary>An active alarm sent again with the same <c>alarmId</c>.</summary>
    Repeat,
}
