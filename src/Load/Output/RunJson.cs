using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Results;
using Harness.Load.Scenarios;
using HdrHistogram;

namespace Harness.Load.Output;

/// <summary>
/// run.json: the machine-readable whole of a run (inputs, versions, target with the key redacted,
/// counts, encoded histograms, thresholds as parsed), from which every other view is derived.
/// </summary>
internal static class RunJson
{
    public static byte[] Write(LoadResult result, Scenario? scenario)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("kind", "load");
            w.WriteString("name", result.Name);
            w.WriteString("startedUtc", result.StartedUtc.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            w.WriteBoolean("partial", result.Partial);
            if (result.AbortedBy is { } abort)
            {
                w.WriteStartObject("abortedBy");
                w.WriteString("threshold", abort.Expression);
                w.WriteNumber("value", abort.Value);
                w.WriteString("valueText", abort.ValueText);
                w.WriteNumber("atSeconds", abort.AtSeconds);
                w.WriteNumber("graceSeconds", abort.GraceSeconds);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("abortedBy");
            }

            w.WriteString("unreachable", result.Unreachable);
            w.WriteString("target", result.Target);
            w.WriteBoolean("embeddedTarget", result.EmbeddedTarget);
            w.WriteString("transport", result.Transport);
            if (result.Connection is { } connection)
            {
                w.WritePropertyName("connection");
                System.Text.Json.JsonSerializer.Serialize(w, connection, Contract.Targets.ConnectionFactsJson.Default.ConnectionFacts);
            }

            // What bytesIn/bytesOut count, the same on every transport.
            w.WriteString("bytesCount", "bodies");
            if (result.Shard is { } shard)
            {
                Sharding.ShardJson.Write(w, shard);
            }

            w.WriteStartObject("versions");
            w.WriteString("harness", typeof(RunJson).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            w.WriteString("dotnet", Environment.Version.ToString());
            w.WriteString("os", System.Runtime.InteropServices.RuntimeInformation.OSDescription);
            w.WriteNumber("processors", Environment.ProcessorCount);
            w.WriteEndObject();
            if (scenario is not null)
            {
                w.WriteNumber("seed", scenario.Payload.Seed);
                w.WritePropertyName("scenario");
                ScenarioWriter.Write(w, scenario, redactSecrets: true);
                w.WriteStartArray("thresholds");
                foreach (var threshold in scenario.Thresholds)
                {
                    w.WriteStartObject();
                    w.WriteString("expression", threshold.Expression);
                    w.WriteString("parsed", threshold.Parsed.ToString());
                    w.WriteBoolean("abortOnFail", threshold.AbortOnFail);
                    w.WriteNumber("graceSeconds", threshold.Grace.TotalSeconds);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WritePropertyName("measured");
            WriteTotals(w, result.Measured);
            if (result.Warmup is { } warmup)
            {
                w.WritePropertyName("warmup");
                WriteTotals(w, warmup);
            }

            w.WriteBoolean("belowTargetRate", result.BelowTargetRate);
            w.WriteStartObject("targetHealth");
            w.WriteString("verdict", result.Health.Verdict switch
            {
                TargetVerdict.StoppedAnswering => "stoppedAnswering",
                TargetVerdict.NotTheApi => "notTheApi",
                _ => "answering",
            });
            w.WriteString("cause", result.Health.Cause);
            w.WriteEndObject();
            WritePhases(w, result.Phases);
            w.WriteStartObject("selfCheck");
            w.WriteBoolean("understated", result.SelfCheck.Understated);
            w.WriteNumber("cpuSaturatedShare", Math.Round(result.SelfCheck.CpuSaturatedShare, 4));
            w.WriteNumber("schedulerLagP99Ms", result.SelfCheck.SchedulerLagP99Ms);
            w.WriteStartObject("schedulerLagMs");
            foreach (var (label, ms) in result.SelfCheck.SchedulerLagMs)
            {
                w.WriteNumber(label, ms);
            }

            w.WriteEndObject();
            w.WriteStartArray("reasons");
            foreach (var reason in result.SelfCheck.Reasons)
            {
                w.WriteStringValue(reason);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            if (result.Reconciliation is { } r)
            {
                w.WriteStartObject("reconciliation");
                w.WriteNumber("receiverAccepted", r.ReceiverAccepted);
                w.WriteNumber("harnessAccepted", r.HarnessAccepted);
                w.WriteNumber("difference", r.Difference);
                if (r.ServerTime is { } serverTime)
                {
                    WriteHistogram(w, "serverTime", serverTime);
                }
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("reconciliation");
            }

            w.WriteString("reconciliationSkipped", result.ReconciliationSkipped);

            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteTotals(Utf8JsonWriter w, LoadTotals t)
    {
        w.WriteStartObject();
        w.WriteNumber("seconds", Math.Round(t.Seconds, 3));
        w.WriteNumber("scheduled", t.Scheduled);
        w.WriteNumber("sent", t.Sent);
        w.WriteNumber("completed", t.Completed);
        w.WriteNumber("dropped", t.Dropped);
        w.WriteNumber("late", t.Late);
        w.WriteBoolean("accountingHolds", t.AccountingHolds);
        w.WriteNumber("sentPerSecond", Math.Round(t.SentPerSecond, 3));
        w.WriteNumber("completedPerSecond", Math.Round(t.CompletedPerSecond, 3));
        w.WriteNumber("bytesIn", t.BytesIn);
        w.WriteNumber("bytesOut", t.BytesOut);
        w.WriteStartObject("outcomes");
        foreach (var (kind, n) in t.Outcomes)
        {
            w.WriteNumber(OutcomeNames.Json(kind), n);
        }

        w.WriteEndObject();
        w.WriteStartObject("statuses");
        foreach (var (status, n) in t.Statuses)
        {
            w.WriteNumber(status < 0 ? "other" : status.ToString(CultureInfo.InvariantCulture), n);
        }

        w.WriteEndObject();
        w.WriteStartObject("errorCodes");
        foreach (var (code, n) in t.ErrorCodes)
        {
            w.WriteNumber(code, n);
        }

        w.WriteEndObject();
        w.WriteStartObject("latency");
        WriteHistogram(w, "responseTime", t.ResponseTime);
        WriteHistogram(w, "serviceTime", t.ServiceTime);
        WriteHistogram(w, "schedulerLag", t.SchedulerLag);
        WriteHistogram(w, "failedTime", t.FailedTime);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteHistogram(Utf8JsonWriter w, string name, HistogramBase h)
    {
        w.WriteStartObject(name);
        w.WriteString("unit", "microseconds");
        w.WriteNumber("count", h.TotalCount);
        foreach (var p in LatencyPercentiles.Shown)
        {
            w.WriteNumber(LatencyPercentiles.Label(p) + "Ms", LatencyPercentiles.Ms(h, p));
        }

        w.WriteNumber("maxMs", LatencyPercentiles.MaxMs(h));
        w.WriteNumber("meanMs", h.TotalCount == 0 ? 0 : Math.Round(h.GetMean() / 1000.0, 3));
        w.WriteString("hdr", HistogramCodec.Encode(h));
        w.WriteEndObject();
    }

    private static void WritePhases(Utf8JsonWriter w, IReadOnlyList<PhaseResult> phases)
    {
        w.WriteStartArray("phases");
        foreach (var p in phases)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteString("kind", p.Kind.ToString().ToLowerInvariant());
            w.WriteBoolean("warmup", p.Warmup);
            w.WriteNumber("plannedSeconds", p.Planned.TotalSeconds);
            w.WriteNumber("actualSeconds", Math.Round(p.Actual.TotalSeconds, 3));
            w.WriteNumber("scheduled", p.Scheduled);
            w.WriteNumber("sent", p.Sent);
            w.WriteNumber("dropped", p.Dropped);
            w.WriteNumber("late", p.Late);
            if (p.TargetPerSecond is { } target)
            {
                w.WriteNumber("targetPerSecond", Math.Round(target, 3));
            }

            if (p.PlannedArrivals is { } arrivals)
            {
                w.WriteNumber("plannedArrivals", arrivals);
            }

            w.WriteNumber("achievedPerSecond", Math.Round(p.AchievedPerSecond, 3));
            w.WriteBoolean("belowTarget", p.BelowTarget);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
