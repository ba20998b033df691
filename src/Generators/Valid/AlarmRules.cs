using System.Globalization;
using Bogus;
using Harness.Contract.Fields;

namespace Harness.Generators.Valid;

/// <summary>
/// The default rules of <see cref="AlarmFaker"/>: one per field of the table, each producing a
/// value the contract accepts. A field added to the table without a rule here still gets a valid
/// value from its kind, limits and enumeration.
/// </summary>
internal static class AlarmRules
{
    /// <summary>The share of alarms carrying each optional field (the rest leave it out).</summary>
    private static readonly Dictionary<FieldRule, float> Presence = new()
    {
        [AlarmFields.RegionId] = 0.9f,
        [AlarmFields.ResourceName] = 0.85f,
        [AlarmFields.ResourceId] = 0.8f,
        [AlarmFields.Url] = 0.6f,
        [AlarmFields.AlarmStatus] = 0.85f,
        [AlarmFields.Additional] = 0.7f,
    };

    private static readonly Dictionary<FieldRule, Func<Faker, AlarmDraft, long, object?>> Rules = new()
    {
        [AlarmFields.AlarmId] = (f, _, _) => Hex(f, 12),
        [AlarmFields.AlarmName] = (_, d, _) => d.Template.Name,
        [AlarmFields.AlarmLevel] = (f, _, _) => f.Random.WeightedRandom(Estate.Levels, Estate.LevelWeights),
        [AlarmFields.Time] = (f, _, anchor) => Math.Max(1, anchor - f.Random.Long(0, 300_000)),
        [AlarmFields.NameSpace] = (f, d, _) => f.PickRandom(Estate.NamespacesOf(d.Source)),
        [AlarmFields.RegionId] = (_, d, _) => d.Region,
        [AlarmFields.ApplicationId] = (f, _, _) => Hex(f, 6),
        [AlarmFields.ResourceName] = (_, d, _) => d.Resource,
        [AlarmFields.ResourceId] = (f, _, _) => f.Random.Guid().ToString("D", CultureInfo.InvariantCulture),
        [AlarmFields.AlarmDesc] = (_, d, _) => Fill(d.Template.Description, d),
        [AlarmFields.Url] = (f, d, _) => UrlFor(f, d),
        [AlarmFields.AlarmStatus] = (f, _, _) => f.Random.Bool(0.9f) ? AlarmStatuses.Alarm : AlarmStatuses.Ok,
        [AlarmFields.AlarmSource] = (_, d, _) => d.Source,
        [AlarmFields.Additional] = (f, d, _) => Tags(f, d),
    };

    public static AlarmDraft Draft(Faker f)
    {
        var template = f.PickRandom(Estate.Templates);
        var service = f.PickRandom(Estate.Services);
        var source = f.Random.WeightedRandom(Estate.Sources, Estate.SourceWeights);
        var domain = f.PickRandom(Estate.Domains);
        var resource = template.ResourceKind switch
        {
            "ecs" => $"ecs-{service}-{f.Random.Number(1, 24):00}",
            "pod" => $"{service}-{Hex(f, 5)}-{f.Random.AlphaNumeric(5)}",
            "node" => $"node-{f.Internet.Ip().Replace('.', '-')}",
            "rds" => $"rds-{service}-{f.PickRandom("primary", "replica-1", "replica-2")}",
            "elb" => $"elb-{service}-public",
            "domain" => $"{service}.{domain}",
            _ => $"{service}-svc",
        };
        return new AlarmDraft(template, f.PickRandom(template.Thresholds), source, service,
            f.PickRandom(Estate.Regions), resource, domain);
    }

    // The same rules by field position: the faker's hot loop indexes instead of hashing records.
    private static readonly float[] PresenceByIndex =
        [.. AlarmFields.All.Select(f => f.Required ? 1f : Presence.GetValueOrDefault(f, 0.5f))];

    private static readonly Func<Faker, AlarmDraft, long, object?>?[] RulesByIndex =
        [.. AlarmFields.All.Select(f => Rules.GetValueOrDefault(f))];

    public static object? ValueFor(int fieldIndex, Faker f, AlarmDraft draft, long anchor)
    {
        var field = AlarmFields.All[fieldIndex];
        var presence = PresenceByIndex[fieldIndex];
        if (presence < 1f && !f.Random.Bool(presence))
        {
            return null;
        }

        var rule = RulesByIndex[fieldIndex];
        var value = rule is not null ? rule(f, draft, anchor) : Fallback(field, f, anchor);
        return value is string text ? Fit(field, text) : value;
    }

    private static object Fallback(FieldRule field, Faker f, long anchor) => field.Kind switch
    {
        JsonKind.Integer => Math.Max(1, anchor - f.Random.Long(0, 300_000)),
        JsonKind.Object => Array.Empty<KeyValuePair<string, string>>(),
        _ when field.IsEnum => f.PickRandom(field.EnumValues.ToArray()),
        _ => f.Lorem.Word(),
    };

    // Keeps text inside the field's limits without splitting a surrogate pair.
    private static string Fit(FieldRule field, string text)
    {
        if (text.Length > field.MaxLength)
        {
            var cut = field.MaxLength;
            if (char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            text = text[..cut];
        }

        return text.Length < field.MinLength ? text.PadRight(field.MinLength, 'x') : text;
    }

    // Lower-case hex of random bytes: ids of letters and digits, as the Chinese edition of the doc asks.
    private static string Hex(Faker f, int bytes) => Convert.ToHexStringLower(f.Random.Bytes(bytes));

    private static string Fill(string template, AlarmDraft d) => template
        .Replace("{threshold}", d.Threshold.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{resource}", d.Resource, StringComparison.Ordinal)
        .Replace("{service}", d.Service, StringComparison.Ordinal);

    private static string UrlFor(Faker f, AlarmDraft d) => d.Source switch
    {
        "Prometheus" => $"https://alertmanager.{d.Domain}/#/alerts?filter=%7Bservice%3D%22{d.Service}%22%7D",
        "Cloud Eye" => $"https://console.huaweicloud.com/ces/?region={d.Region}#/alarms/detail?alarmId=al{Hex(f, 10)}",
        "Zabbix" => $"https://zabbix.{d.Domain}/tr_events.php?triggerid={f.Random.Number(10000, 99999)}&eventid={f.Random.Number(100000, 9999999)}",
        "Nagios" => $"https://nagios.{d.Domain}/nagios/cgi-bin/extinfo.cgi?type=2&host={d.Resource}",
        _ => $"https://status.{d.Domain}/incidents/{f.Random.AlphaNumeric(8)}",
    };

    private static KeyValuePair<string, string>[] Tags(Faker f, AlarmDraft d)
    {
        var tags = new List<KeyValuePair<string, string>>(5)
        {
            new("env", f.PickRandom(Estate.Environments)),
            new("service", d.Service),
        };
        if (f.Random.Bool(0.6f))
        {
            tags.Add(new("team", f.PickRandom(Estate.Teams)));
        }

        if (f.Random.Bool(0.4f))
        {
            tags.Add(new("cluster", $"cce-{d.Region}-{f.Random.Number(1, 3)}"));
        }

        if (f.Random.Bool(0.3f))
        {
            tags.Add(new("runbook", $"https://wiki.{d.Domain}/runbooks/{d.Template.Name.Replace(' ', '-').ToLowerInvariant()}"));
        }

        return f.Random.Bool(0.1f) ? [] : [.. tags];
    }
}
