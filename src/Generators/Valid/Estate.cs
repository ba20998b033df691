using Harness.Contract.Fields;

namespace Harness.Generators.Valid;

/// <summary>The vocabulary of a plausible cloud estate the faker draws from.</summary>
internal static class Estate
{
    public static readonly AlarmTemplate[] Templates =
    [
        new("CPU Usage Exceeding Threshold", "CPU usage of {resource} has been above {threshold}% for 5 minutes", "ecs", [80, 85, 90, 95]),
        new("Memory Usage High", "Memory usage of {resource} is above {threshold}%", "ecs", [85, 90, 95]),
        new("Disk Usage High", "Disk / on {resource} is {threshold}% full", "ecs", [80, 90, 95]),
        new("Disk Inodes Nearly Exhausted", "Free inodes on {resource} below {threshold}%", "ecs", [5, 10]),
        new("High Request Latency", "p99 latency of {service} above {threshold} ms for 10 minutes", "service", [300, 500, 1000, 2000]),
        new("Error Rate Above Threshold", "5xx rate of {service} is above {threshold}%", "service", [1, 2, 5, 10]),
        new("Pod Restarting Frequently", "Pod {resource} restarted {threshold} times in the last hour", "pod", [3, 5, 10]),
        new("Pod CrashLoopBackOff", "Container in {resource} is in CrashLoopBackOff", "pod", [1]),
        new("Node Not Ready", "Kubernetes node {resource} has been NotReady for {threshold} minutes", "node", [2, 5, 10]),
        new("Certificate Expiring Soon", "TLS certificate for {resource} expires in {threshold} days", "domain", [30, 14, 7, 1]),
        new("Database Connections Near Limit", "{resource} uses {threshold}% of max connections", "rds", [80, 90]),
        new("Replication Lag High", "Replica {resource} lags the primary by {threshold} s", "rds", [30, 60, 300]),
        new("Queue Backlog Growing", "{threshold} messages waiting on {service} queue", "service", [1000, 10000, 50000]),
        new("Health Check Failed", "HTTP health check of {service} failed {threshold} times in a row", "service", [3, 5]),
        new("Load Balancer Unhealthy Backends", "{threshold} backends of {resource} are unhealthy", "elb", [1, 2, 3]),
        new("Network Packet Loss", "Packet loss to {resource} above {threshold}%", "ecs", [1, 5, 10]),
    ];

    public static readonly string[] Services =
    [
        "payments", "checkout", "search", "auth", "inventory", "gateway", "billing",
        "notifications", "orders", "catalog", "recommendation", "profile",
    ];

    public static readonly string[] Regions =
    [
        "cn-north-4", "cn-east-3", "cn-south-1", "ap-southeast-1", "ap-southeast-3",
        "eu-west-0", "af-south-1", "la-south-2", "tr-west-1", "me-east-1",
    ];

    /// <summary>Domain names from Bogus's data, drawn once with a fixed seed (Bogus builds each with a regex).</summary>
    public static readonly string[] Domains = MakeDomains(256);

    public static readonly string[] Environments = ["prod", "prod", "prod", "staging", "dev"];

    public static readonly string[] Teams = ["sre", "platform", "payments-team", "data", "edge", "core-services"];

    /// <summary>Real fleets: Info and Minor common, Critical rare (weights match the value order of the table).</summary>
    public static readonly string[] Levels = [.. AlarmLevels.All];
    public static readonly float[] LevelWeights = [0.05f, 0.15f, 0.35f, 0.45f];

    public static readonly string[] Sources = ["Prometheus", "Cloud Eye", "Zabbix", "Nagios", "custom"];
    public static readonly float[] SourceWeights = [0.40f, 0.25f, 0.15f, 0.10f, 0.10f];

    private static string[] MakeDomains(int count)
    {
        var faker = new Bogus.Faker("en") { Random = Seeds.ReseedableRandomizer.At(20240228, 0) };
        return [.. Enumerable.Range(0, count).Select(_ => faker.Internet.DomainName())];
    }

    private static readonly string[] CloudEyeNamespaces = ["SYS.ECS", "SYS.RDS", "SYS.ELB", "SYS.CCE", "SYS.DCS", "SYS.EVS"];
    private static readonly string[] KubernetesNamespaces = ["payments", "checkout", "monitoring", "kube-system", "search", "default"];
    private static readonly string[] ZabbixHostGroups = ["Linux servers", "Databases", "Network devices", "Hypervisors"];
    private static readonly string[] NagiosSites = ["datacenter-a", "datacenter-b", "edge"];
    private static readonly string[] CustomNamespaces = ["ops", "business", "synthetics"];

    /// <summary>The namespaces a source reports under: Cloud Eye's service namespaces, Kubernetes namespaces, host groups.</summary>
    public static string[] NamespacesOf(string source) => source switch
    {
        "Cloud Eye" => CloudEyeNamespaces,
        "Prometheus" => KubernetesNamespaces,
        "Zabbix" => ZabbixHostGroups,
        "Nagios" => NagiosSites,
        _ => CustomNamespaces,
    };
}
