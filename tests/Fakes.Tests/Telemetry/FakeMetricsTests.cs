using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.Json;
using Harness.Fakes.Faults;
using Harness.Fakes.Tests.Support;
using Harness.Telemetry;

namespace Harness.Fakes.Tests.Telemetry;

/// <summary>The receiver's own numbers: /_fake/metrics, handlingTime in /_fake/stats, the Harness.Fakes meter.</summary>
public sealed class FakeMetricsTests
{
    [Fact]
    public async Task Metrics_AfterAnswers_PrometheusTextAgreesWithStats()
    {
        await using var fake = await FakeHttp.StartAsync();
        using var client = FakeHttp.ClientFor(fake);
        await FakeHttp.PostAsync(client, SpecBody.Json);
        await FakeHttp.PostAsync(client, SpecBody.Json);
        await FakeHttp.PostAsync(client, SpecBody.With("alarmName", null));
        await FakeHttp.PostAsync(client, SpecBody.Json, key: "nope");
        await client.GetAsync("/_fake/stats");

        using var response = await client.GetAsync("/_fake/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var samples = Samples(text);
        Assert.Equal(2, samples["harness_fake_accepted_total"]);
        Assert.Equal(2, samples["harness_fake_rejected_total"]);
        Assert.Equal(1, samples["harness_fake_requests_total{status=\"400\"}"]);
        Assert.Equal(1, samples["harness_fake_requests_total{status=\"401\"}"]);
        Assert.Equal(1, samples["harness_fake_rejections_total{reason=\"auth.keyUnknown\"}"]);
        Assert.Equal(1, samples["harness_fake_alarms_active"]);
        // Four API answers timed; the admin calls are not the API's work.
        Assert.Equal(4, samples["harness_fake_handling_time_seconds_count"]);
        Assert.Equal(4, samples["harness_fake_handling_time_seconds_bucket{le=\"+Inf\"}"]);
        var buckets = samples.Where(s => s.Key.StartsWith("harness_fake_handling_time_seconds_bucket", StringComparison.Ordinal)).Select(s => s.Value).ToList();
        Assert.Equal(LatencyBuckets.Default.Bounds.Count + 1, buckets.Count);
        Assert.Equal(buckets.Order(), buckets);
    }

    [Fact]
    public async Task Metrics_FakeWithAdminToken_WantsTheTokenLikeEveryAdminPath()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [FakeHttp.Key], AdminToken = "admin-secret-1" });
        using var client = FakeHttp.ClientFor(fake);

        using var without = await client.GetAsync("/_fake/metrics");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_fake/metrics");
        request.Headers.Add("X-Auth-Token", "admin-secret-1");
        using var with = await client.SendAsync(request);

        Assert.Equal(401, (int)without.StatusCode);
        Assert.Equal(200, (int)with.StatusCode);
        Assert.Contains("harness_fake_accepted_total 0", await with.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_HandlingTime_IncludesHeldAnswersAndDecodes()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions
        {
            Keys = [FakeHttp.Key],
            Latency = LatencySpec.TryParse("fixed:30ms", out var latency, out _) ? latency : null,
        });
        using var client = FakeHttp.ClientFor(fake);
        await FakeHttp.PostAsync(client, SpecBody.Json);
        await FakeHttp.PostAsync(client, SpecBody.Json);

        using var stats = JsonDocument.Parse(await client.GetStringAsync("/_fake/stats"));
        var handling = stats.RootElement.GetProperty("handlingTime");

        Assert.Equal(2, handling.GetProperty("count").GetInt64());
        Assert.True(handling.GetProperty("p50Ms").GetDouble() >= 29.9, handling.ToString());
        var hdr = HistogramText.Decode(handling.GetProperty("hdr").GetString()!);
        Assert.Equal(2, hdr.TotalCount);
        Assert.True(hdr.GetValueAtPercentile(50) >= 29_900);
    }

    [Fact]
    public async Task Reset_ZeroesTheHandlingTime()
    {
        await using var fake = await FakeHttp.StartAsync();
        using var client = FakeHttp.ClientFor(fake);
        await FakeHttp.PostAsync(client, SpecBody.Json);

        await client.PostAsync("/_fake/reset", null);

        Assert.Equal(0, fake.GetStats().HandlingTime!.Count);
        Assert.Equal(0, Samples(await client.GetStringAsync("/_fake/metrics"))["harness_fake_handling_time_seconds_count"]);
    }

    [Fact]
    public async Task Meter_WithAListener_PublishesHandlingTimeAndAnswerCounts()
    {
        var handled = 0L;
        var accepted = new List<long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == FakeReceiver.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, _, _, _) => Interlocked.Increment(ref handled));
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (instrument.Name == "harness.fakes.requests" && tag.Key == "status" && Equals(tag.Value, 200))
                {
                    lock (accepted)
                    {
                        accepted.Add(value);
                    }
                }
            }
        });
        listener.Start();
        await using var fake = await FakeHttp.StartAsync();
        using var client = FakeHttp.ClientFor(fake);
        await FakeHttp.PostAsync(client, SpecBody.Json);
        await FakeHttp.PostAsync(client, SpecBody.Json);

        listener.RecordObservableInstruments();

        // Other receivers of the test run publish too: ours is among them.
        Assert.True(Interlocked.Read(ref handled) >= 2);
        lock (accepted)
        {
            Assert.Contains(2L, accepted);
        }
    }

    private static Dictionary<string, double> Samples(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#'))
            .ToDictionary(l => l[..l.LastIndexOf(' ')], l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}
