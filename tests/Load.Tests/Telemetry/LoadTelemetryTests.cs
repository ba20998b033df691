using System.Diagnostics.Metrics;
using System.Globalization;
using Harness.Embedded;
using Harness.Load.Engine;
using Harness.Load.Running;
using Harness.Load.Scenarios;
using Harness.Load.Telemetry;
using Harness.Load.Thresholds;

namespace Harness.Load.Tests.Telemetry;

/// <summary>A run's published numbers (Prometheus text, the meter, the live state) against its own result.</summary>
public sealed class LoadTelemetryTests
{
    [Fact]
    public async Task ScrapeText_AfterARun_EqualsTheResultPerPhase()
    {
        using var telemetry = new LoadTelemetry();
        var states = new List<LiveState>();
        telemetry.Updated += s =>
        {
            lock (states)
            {
                states.Add(s);
            }
        };
        var scenario = Scenario.Create("scraped").WarmUp(20, TimeSpan.FromSeconds(1)).ConstantRate(60, TimeSpan.FromSeconds(2))
            .Payload(poolSize: 10).Threshold("p99 < 123ms").Build();

        var result = await LoadRuns.RunAsync(scenario, new ScenarioRunOptions { Run = new LoadRunOptions { Telemetry = telemetry } });

        // The embedded fake's own handling time of every request it answered (warm-up included).
        var reconciliation = Assert.IsType<Harness.Load.Records.Reconciliation>(result.Reconciliation);
        Assert.Equal(reconciliation.ReceiverAccepted, reconciliation.ServerTime!.TotalCount);
        Assert.True(reconciliation.ServerTime.GetValueAtPercentile(50) <= result.Measured.ServiceTime.GetValueAtPercentile(50),
            "the receiver's time is part of the client's service time");
        var samples = Samples(telemetry.ScrapeText());
        var measured = samples.Where(s => s.Key.StartsWith("harness_load_requests_total", StringComparison.Ordinal) && s.Key.Contains("warmup=\"false\"", StringComparison.Ordinal)).Sum(s => s.Value);
        Assert.Equal(result.Measured.Sent, measured);
        Assert.Equal(result.Warmup!.Sent, samples.Where(s => s.Key.StartsWith("harness_load_sent_total", StringComparison.Ordinal) && s.Key.Contains("warmup=\"true\"", StringComparison.Ordinal)).Sum(s => s.Value));
        Assert.Equal(result.Measured.ResponseTime.TotalCount, samples.Single(s => s.Key.StartsWith("harness_load_response_time_seconds_count", StringComparison.Ordinal) && s.Key.Contains("warmup=\"false\"", StringComparison.Ordinal)).Value);
        Assert.Equal(0, samples.Single(s => s.Key.StartsWith("harness_load_running", StringComparison.Ordinal)).Value);
        // The threshold's limit is a bucket bound of its own: histogram_quantile is exact there.
        Assert.Contains(samples.Keys, k => k.Contains("le=\"0.123\"", StringComparison.Ordinal));
        Assert.Contains(samples.Keys, k => k.Contains("run_id=\"scraped-", StringComparison.Ordinal) && k.Contains("shard=\"1\"", StringComparison.Ordinal));

        lock (states)
        {
            Assert.Equal(result.Timeline.Count, states.Count);
            Assert.Equal(result.Timeline, states.Select(s => s.Interval));
            var last = states[^1];
            Assert.Equal(result.Measured.Count(Harness.Load.Measurement.OutcomeKind.Accepted), last.Outcomes["accepted"]);
            Assert.Contains(states, s => s.TargetPerSecond == 60);
        }
    }

    [Fact]
    public async Task Meter_WithAListener_PublishesCountsWithRunLabels()
    {
        var requests = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LoadTelemetry.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        var replayed = 0L;
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                // Other tests' runs publish to the same meter at the same time: count ours.
                if (instrument.Name == "harness.load.response_time" && tag.Key == "scenario" && tag.Value as string == "metered")
                {
                    Interlocked.Increment(ref replayed);
                }
            }
        });
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name != "harness.load.requests")
            {
                return;
            }

            var labels = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                labels[tag.Key] = tag.Value;
            }

            if (labels["scenario"] as string == "metered" && labels["outcome"] as string == "accepted")
            {
                lock (requests)
                {
                    requests[(string)labels["run_id"]!] = value;
                }
            }
        });
        listener.Start();
        using var telemetry = new LoadTelemetry();
        var scenario = Scenario.Create("metered").ConstantRate(50, TimeSpan.FromSeconds(2)).Payload(poolSize: 10).Build();
        LoadTelemetry? during = null;
        telemetry.Updated += _ =>
        {
            if (Interlocked.Exchange(ref during, telemetry) is null)
            {
                listener.RecordObservableInstruments();
            }
        };

        var result = await LoadRuns.RunAsync(scenario, new ScenarioRunOptions { Run = new LoadRunOptions { Telemetry = telemetry } });

        // Observed while the run went on; the latencies replayed into the histogram instrument while listened to.
        lock (requests)
        {
            Assert.Single(requests);
        }

        Assert.Equal(result.Measured.ResponseTime.TotalCount, Interlocked.Read(ref replayed));
    }

    private static Dictionary<string, double> Samples(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#'))
            .ToDictionary(l => l[..l.LastIndexOf(' ')], l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}
