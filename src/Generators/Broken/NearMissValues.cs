using Harness.Contract.Fields;

namespace Harness.Generators.Broken;

/// <summary>
/// Values users of neighbouring alerting tools really send for an enum field, none of them one of
/// the contract's values (some differ only in case or spacing: the profile decides those). Each
/// becomes a check expecting 400 (or, for a case variant, what the profile says).
/// </summary>
public static class NearMissValues
{
    /// <summary>One near-miss value: what is sent, and where users of which tool get it from.</summary>
    public sealed record Entry(string Field, string Value, string Source);

    /// <summary>The table, per field, in a fixed order.</summary>
    public static IReadOnlyList<Entry> All { get; } =
    [
        // alarmLevel: Critical, Major, Minor, Info.
        Level("critical", "Alertmanager / Prometheus severity label"),
        Level("warning", "Alertmanager severity label, Cloud Eye level, Nagios state"),
        Level("info", "Alertmanager severity label"),
        Level("error", "PagerDuty Events v2 severity"),
        Level("P1", "Opsgenie priority"),
        Level("P3", "Opsgenie priority"),
        Level("Disaster", "Zabbix severity"),
        Level("High", "Zabbix severity"),
        Level("Average", "Zabbix severity"),
        Level("Information", "Zabbix severity"),
        Level("Not classified", "Zabbix severity"),
        Level("CRITICAL", "Nagios / Icinga state"),
        Level("WARNING", "Nagios / Icinga state"),
        Level("UNKNOWN", "Nagios / Icinga state"),
        Level("emerg", "syslog severity keyword"),
        Level("err", "syslog severity keyword"),
        Level("notice", "syslog severity keyword"),
        Level("Informational", "syslog severity name"),
        Level("3", "syslog severity number"),
        Level("Crit", "abbreviation"),
        Level("Fatal", "synonym (log levels)"),
        Level("Severe", "synonym"),
        Level("Critical ", "trailing space"),
        Level("Cri tical", "space inside"),
        Level("Major\t", "trailing tab"),
        Level("Ｃritical", "full-width first letter (IME input)"),
        // alarmStatus: alarm, ok (or absent/empty).
        Status("firing", "Alertmanager status"),
        Status("resolved", "Alertmanager / PagerDuty status"),
        Status("trigger", "PagerDuty Events v2 event_action"),
        Status("resolve", "PagerDuty Events v2 event_action"),
        Status("open", "Opsgenie status"),
        Status("closed", "Opsgenie status"),
        Status("PROBLEM", "Zabbix event value"),
        Status("RESOLVED", "Zabbix event value"),
        Status("OK", "Nagios / Zabbix recovery state"),
        Status("ALARM", "Cloud Eye alarm state"),
        Status("alarming", "Cloud Eye alarm state"),
        Status("ok ", "trailing space"),
        Status("recovered", "synonym"),
        Status("cleared", "synonym (ITU X.733)"),
        Status("true", "a boolean sent as text"),
        Status("1", "a number sent as text"),
    ];

    /// <summary>The entries for one field.</summary>
    public static IEnumerable<Entry> For(FieldRule field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return All.Where(e => e.Field == field.Name);
    }

    /// <summary>A check id segment for a value: lower case letters and digits, other characters as <c>-</c>.</summary>
    public static string Slug(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var chars = value.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray();
        var slug = new string(chars).Trim('-');
        var cased = value.Any(char.IsAsciiLetterUpper) && value.Any(char.IsAsciiLetterLower) ? "" : value.Any(char.IsAsciiLetterUpper) ? "-upper" : "";
        var padded = value.Length != value.Trim().Length ? "-padded" : "";
        var wide = value.Any(c => c > 0x7F) ? "-wide" : "";
        return (slug.Length == 0 ? "value" : slug) + cased + padded + wide;
    }

    private static Entry Level(string value, string source) => new(AlarmFields.AlarmLevel.Name, value, source);

    private static Entry Status(string value, string source) => new(AlarmFields.AlarmStatus.Name, value, source);
}
