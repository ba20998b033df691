using System.Text.Json;
using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Results;

namespace Harness.Reports.Documents;

/// <summary>Reads a load run's run.json (the shape Harness.Load.Output.RunJson writes) into a <see cref="LoadRunDocument"/>.</summary>
internal static class LoadRunReader
{
    public static LoadRunDocument Read(string directory, JsonElement root)
    {
        var measured = root.GetProperty("measured");
        if (LoadCountsCheck.Problems(measured) is { Count: > 0 } problems)
        {
            throw new RunUnreadableException($"{Path.Combine(directory, RunDocument.FileName)} is not believable: {string.Join("; ", problems)}");
        }

        var latency = measured.GetProperty("latency");
        return new LoadRunDocument
        {
            Directory = directory,
            Name = Text(root, "name") ?? "load",
            StartedUtc = Text(root, "startedUtc") ?? "",
            Partial = Bool(root, "partial"),
            AbortedBy = root.TryGetProperty("abortedBy", out var abort) && abort.ValueKind == JsonValueKind.Object
                ? new ThresholdAbort(Text(abort, "threshold") ?? "", Double(abort, "value"), Text(abort, "valueText") ?? "",
                    Double(abort, "atSeconds"), Double(abort, "graceSeconds"))
                : null,
            Unreachable = Text(root, "unreachable"),
            Target = Text(root, "target") ?? "",
            EmbeddedTarget = Bool(root, "embeddedTarget"),
            Transport = Text(root, "transport") ?? "",
            Connection = root.TryGetProperty("connection", out var connection) && connection.ValueKind == JsonValueKind.Object
                ? connection.Deserialize(Contract.Targets.ConnectionFactsJson.Default.ConnectionFacts)?.Describe() : null,
            Versions = root.TryGetProperty("versions", out var versions) && versions.ValueKind == JsonValueKind.Object
                ? versions.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString())
                : new Dictionary<string, string>(),
            Seed = root.TryGetProperty("seed", out var seed) && seed.TryGetInt64(out var s) ? s : null,
            ScenarioDescription = root.TryGetProperty("scenario", out var scenario) && scenario.ValueKind == JsonValueKind.Object
                ? Text(scenario, "description") : null,
            Thresholds = Thresholds(root),
            Measured = Counts(measured),
            Latency = new HistogramPair(
                HistogramCodec.Decode(latency.GetProperty("responseTime").GetProperty("hdr").GetString() ?? ""),
                HistogramCodec.Decode(latency.GetProperty("serviceTime").GetProperty("hdr").GetString() ?? "")),
            WarmupSent = root.TryGetProperty("warmup", out var warmup) && warmup.ValueKind == JsonValueKind.Object ? Long(warmup, "sent") : null,
            Phases = root.TryGetProperty("phases", out var phases) ? phases.EnumerateArray().Select(Phase).ToArray() : [],
            SelfCheckUnderstated = root.TryGetProperty("selfCheck", out var self) && Bool(self, "understated"),
            SelfCheckReasons = self.ValueKind == JsonValueKind.Object && self.TryGetProperty("reasons", out var reasons)
                ? reasons.EnumerateArray().Select(r => r.GetString() ?? "").ToArray() : [],
            Reconciliation = root.TryGetProperty("reconciliation", out var r) && r.ValueKind == JsonValueKind.Object
                ? new Reconciliation(Long(r, "receiverAccepted"), Long(r, "harnessAccepted")) { ServerTime = ServerTime(r) } : null,
            ReconciliationSkipped = Text(root, "reconciliationSkipped"),
            TargetHealthCause = root.TryGetProperty("targetHealth", out var health) && health.ValueKind == JsonValueKind.Object ? Text(health, "cause") : null,
            Timeline = TimelineReader.Read(Path.Combine(directory, "timeline.csv")),
        };
    }

    // Written by an older harness or absent for a target without /_fake/stats: then there is no server row.
    private static HdrHistogram.HistogramBase? ServerTime(JsonElement reconciliation) =>
        reconciliation.TryGetProperty("serverTime", out var server) && server.ValueKind == JsonValueKind.Object
            && Text(server, "hdr") is { } hdr ? HistogramCodec.Decode(hdr) : null;

    private static ThresholdRecord[] Thresholds(JsonElement root) =>
        root.TryGetProperty("thresholds", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String
                ? new ThresholdRecord(t.GetString()!, false, 0)
                : new ThresholdRecord(Text(t, "expression") ?? "", Bool(t, "abortOnFail"), Double(t, "graceSeconds"))).ToArray()
            : [];

    private static LoadCounts Counts(JsonElement m) => new(
        Double(m, "seconds"), Long(m, "scheduled"), Long(m, "sent"), Long(m, "completed"), Long(m, "dropped"), Long(m, "late"),
        LoadCountsCheck.AccountingHolds(m) && !(m.TryGetProperty("accountingHolds", out var holds) && holds.ValueKind == JsonValueKind.False),
        Double(m, "completedPerSecond"), Double(m, "sentPerSecond"), Long(m, "bytesIn"), Long(m, "bytesOut"),
        Map(m, "outcomes"), Map(m, "statuses"), Map(m, "errorCodes"));

    private static PhaseRecord Phase(JsonElement p) => new(
        Text(p, "name") ?? "", Text(p, "kind") ?? "", Bool(p, "warmup"), Double(p, "plannedSeconds"), Double(p, "actualSeconds"),
        Long(p, "scheduled"), Long(p, "sent"), Long(p, "dropped"), Long(p, "late"),
        p.TryGetProperty("targetPerSecond", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetDouble() : null,
        Double(p, "achievedPerSecond"), Bool(p, "belowTarget"))
    {
        PlannedArrivals = p.TryGetProperty("plannedArrivals", out var a) && a.TryGetInt64(out var arrivals) ? arrivals : null,
    };

    private static Dictionary<string, long> Map(JsonElement e, string name) =>
        e.TryGetProperty(name, out var map) && map.ValueKind == JsonValueKind.Object
            ? map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.TryGetInt64(out var n) ? n : 0, StringComparer.Ordinal)
            : new Dictionary<string, long>(StringComparer.Ordinal);

    internal static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    internal static bool Bool(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    internal static long Long(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.TryGetInt64(out var n) ? n : 0;

    internal static double Double(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.TryGetDouble(out var n) ? n : 0;
}
