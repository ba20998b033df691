using System.Globalization;
using System.Text.Json;
using Harness.Load.Measurement;
using Harness.Load.Output;
using Harness.Load.Results;

namespace Harness.Load.Merging;

/// <summary>Reads a totals object of run.json (<c>measured</c>, <c>warmup</c>) back into <see cref="LoadTotals"/>, histograms decoded.</summary>
internal static class TotalsJson
{
    private static readonly Dictionary<string, OutcomeKind> OutcomesByName =
        Enum.GetValues<OutcomeKind>().ToDictionary(OutcomeNames.Json, k => k, StringComparer.Ordinal);

    public static LoadTotals Read(JsonElement e) => new()
    {
        Seconds = e.GetProperty("seconds").GetDouble(),
        Scheduled = e.GetProperty("scheduled").GetInt64(),
        Sent = e.GetProperty("sent").GetInt64(),
        Dropped = e.GetProperty("dropped").GetInt64(),
        Late = e.GetProperty("late").GetInt64(),
        BytesIn = e.GetProperty("bytesIn").GetInt64(),
        BytesOut = e.GetProperty("bytesOut").GetInt64(),
        Outcomes = e.GetProperty("outcomes").EnumerateObject()
            .Where(p => OutcomesByName.ContainsKey(p.Name))
            .ToDictionary(p => OutcomesByName[p.Name], p => p.Value.GetInt64()),
        Statuses = new SortedDictionary<int, long>(e.GetProperty("statuses").EnumerateObject()
            .ToDictionary(p => p.Name == "other" ? -1 : int.Parse(p.Name, NumberStyles.None, CultureInfo.InvariantCulture), p => p.Value.GetInt64())),
        ErrorCodes = new SortedDictionary<string, long>(e.GetProperty("errorCodes").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetInt64()), StringComparer.Ordinal),
        ResponseTime = Histogram(e, "responseTime"),
        ServiceTime = Histogram(e, "serviceTime"),
        SchedulerLag = Histogram(e, "schedulerLag"),
        FailedTime = e.GetProperty("latency").TryGetProperty("failedTime", out _) ? Histogram(e, "failedTime") : LatencyHistograms.Create(),
    };

    private static HdrHistogram.LongHistogram Histogram(JsonElement totals, string name)
    {
        var histogram = LatencyHistograms.Create();
        histogram.Add(HistogramCodec.Decode(totals.GetProperty("latency").GetProperty(name).GetProperty("hdr").GetString()!));
        return histogram;
    }
}
