using Harness.Contract.Targets;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Harness.Cli.Observe;

/// <summary>
/// <c>--otlp URL</c>: the Harness.Load meter (and the embedded fake's Harness.Fakes) pushed to an
/// OpenTelemetry collector over OTLP/HTTP (protobuf) every few seconds, with the latency histograms
/// in the same buckets as the Prometheus endpoint.
/// </summary>
internal static class OtlpExport
{
    public static string? Problem(string url) =>
        HttpUrl.TryParse(url, out _)
            ? null
            : $"--otlp: '{url}' is not an absolute http:// or https:// address (e.g. http://127.0.0.1:4318/v1/metrics).";

    public static MeterProvider Start(Uri endpoint, IReadOnlyList<long> boundsMicroseconds, TimeSpan interval)
    {
        var seconds = boundsMicroseconds.Select(b => b / 1_000_000.0).ToArray();
        return Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService("harness"))
            .AddMeter(Harness.Load.Telemetry.LoadTelemetry.MeterName, Harness.Fakes.FakeReceiver.MeterName)
            .AddView(instrument => instrument.Unit == "s" ? new ExplicitBucketHistogramConfiguration { Boundaries = seconds } : null)
            .AddOtlpExporter((exporter, reader) =>
            {
                exporter.Endpoint = endpoint;
                exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)interval.TotalMilliseconds;
            })
            .Build();
    }
}
