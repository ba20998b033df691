using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Harness.Fakes.Store;
using Harness.Fakes.Telemetry;
using Harness.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Harness.Fakes.Http;

/// <summary>
/// The admin surface under <c>/_fake/</c>, outside the API path: health, stats, metrics, alarms, reset.
/// It is never delayed, stalled or rate limited, so a run can always reconcile its counts.
/// </summary>
internal sealed class AdminApi(ReceiverCore core)
{
    public const string Prefix = "/_fake";
    private const int DefaultLimit = 100;
    private const int MaxLimit = 10_000;

    public static void Map(IEndpointRouteBuilder routes, ReceiverCore core)
    {
        var api = new AdminApi(core);
        routes.MapGet(Prefix + "/health", api.Health);
        routes.MapGet(Prefix + "/stats", api.Stats);
        routes.MapGet(Prefix + "/alarms", api.Alarms);
        routes.MapGet(Prefix + "/metrics", api.Metrics);
        routes.MapPost(Prefix + "/reset", api.Reset);
    }

    public ContentHttpResult Health() => Json(writer =>
    {
        var options = core.Options;
        writer.WriteString("status"u8, "ok");
        writer.WriteString("profile"u8, options.Profile.ToString().ToLowerInvariant());
        writer.WriteNumber("keys"u8, core.Keys.All.Count);
        writer.WriteBoolean("requireToken"u8, options.RequiredToken is not null);
        writer.WriteNumber("maxBodyBytes"u8, options.MaxBodyBytes);
        writer.WriteNumber("uptimeSeconds"u8, Math.Round(core.Time.GetElapsedTime(core.Started).TotalSeconds, 3));
        writer.WriteStartObject("faults"u8);
        writer.WriteString("latency"u8, options.Latency?.ToString());
        writer.WriteNumber("errorRate"u8, options.ErrorRate);
        writer.WriteString("rateLimit"u8, options.RateLimit?.ToString());
        writer.WriteString("stall"u8, options.Stall?.ToString());
        writer.WriteEndObject();
    });

    public ContentHttpResult Stats() => Json(writer => StatsJson.Write(writer, core.Stats()));

    /// <summary>The Prometheus scrape: counters and the handling-time histogram, from the same state as the stats.</summary>
    public ContentHttpResult Metrics() =>
        TypedResults.Text(FakeMetricsText.Write(core.Stats(null), core.Telemetry), PrometheusText.ContentType);

    public ContentHttpResult Alarms(HttpContext context)
    {
        var limit = int.TryParse(context.Request.Query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var asked)
            ? Math.Clamp(asked, 0, MaxLimit) : DefaultLimit;
        return Json(writer =>
        {
            writer.WriteStartArray("active"u8);
            foreach (var stored in core.Store.Active(limit))
            {
                writer.WriteStartObject();
                writer.WriteString("key"u8, core.Keys.All[stored.KeyIndex].Redacted);
                writer.WriteString("firstSeen"u8, stored.FirstSeen.ToString("O", CultureInfo.InvariantCulture));
                writer.WriteString("lastSeen"u8, stored.LastSeen.ToString("O", CultureInfo.InvariantCulture));
                writer.WriteNumber("updates"u8, stored.Updates);
                writer.WritePropertyName("alarm"u8);
                AlarmJson.WriteAlarm(writer, stored.Alarm);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("recent"u8);
            foreach (var recent in core.Recent.Snapshot(limit))
            {
                AlarmJson.WriteRecent(writer, recent);
            }

            writer.WriteEndArray();
        });
    }

    public ContentHttpResult Reset()
    {
        core.Reset();
        return Json(writer => writer.WriteBoolean("reset"u8, true));
    }

    private static ContentHttpResult Json(Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, AlarmJson.WriterOptions))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return TypedResults.Text(Encoding.UTF8.GetString(buffer.WrittenSpan), "application/json", Encoding.UTF8);
    }
}
