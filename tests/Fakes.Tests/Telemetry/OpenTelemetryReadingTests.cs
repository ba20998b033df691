using Harness.Fakes.Tests.Support;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Harness.Fakes.Tests.Telemetry;

/// <summary>
/// The fake's meter read by OpenTelemetry's own SDK, as a user embedding the receiver would: one collection
/// (ForceFlush) exports every answer's handling time, replayed in that same collection, and the answer counts.
/// Alone in its collection, so that no other receiver of the test run publishes into the same instruments.
/// </summary>
[Collection(OpenTelemetryReadingTests.Alone)]
public sealed class OpenTelemetryReadingTests
{
    public const string Alone = "fake meter read alone";

    [Fact]
    public async Task ForceFlush_AfterAnswers_ExportsEachHandlingTimeAndTheCounts()
    {
        var exported = new List<MetricSnapshot>();
        using var provider = Sdk.CreateMeterProviderBuilder().AddMeter(FakeReceiver.MeterName).AddInMemoryExporter(exported).Build();
        await using var fake = await FakeHttp.StartAsync();
        using var client = FakeHttp.ClientFor(fake);
        for (var i = 0; i < 5; i++)
        {
            await FakeHttp.PostAsync(client, SpecBody.Json);
        }

        await FakeHttp.PostAsync(client, SpecBody.Json, key: "nope");

        Assert.True(provider.ForceFlush());

        var handling = Assert.Single(exported, m => m.Name == "harness.fakes.handling_time");
        var histogram = Assert.Single(handling.MetricPoints);
        Assert.Equal(6, histogram.GetHistogramCount());
        Assert.True(histogram.GetHistogramSum() > 0);
        var requests = Assert.Single(exported, m => m.Name == "harness.fakes.requests");
        Assert.Equal(5, requests.MetricPoints.Where(p => Status(p) == 200).Sum(p => p.GetSumLong()));
        Assert.Equal(1, requests.MetricPoints.Where(p => Status(p) == 401).Sum(p => p.GetSumLong()));
        Assert.Equal(6, fake.GetStats().HandlingTime?.Count);
    }

    private static int Status(MetricPoint point)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == "status")
            {
                return Convert.ToInt32(tag.Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}

[CollectionDefinition(OpenTelemetryReadingTests.Alone, DisableParallelization = true)]
public sealed class OpenTelemetryReadingCollection;
