using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Harness.Contract;

namespace Harness.Load.Scenarios;

/// <summary>
/// Writes a scenario back as JSON in the file format, every value explicit (defaults included),
/// so a run records exactly what it ran. Secrets in the target are redacted.
/// </summary>
public static class ScenarioWriter
{
    /// <summary>The scenario as indented, readable JSON (thresholds keep their <c>&lt;</c>) that <see cref="ScenarioLoader"/> reads back into an equal model (secrets aside).</summary>
    public static string ToJson(Scenario scenario, bool redactSecrets = true)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, scenario, redactSecrets);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the scenario as one JSON object into <paramref name="writer"/> (e.g. inside run.json).</summary>
    public static void Write(Utf8JsonWriter writer, Scenario scenario, bool redactSecrets = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scenario);
        writer.WriteStartObject();
        writer.WriteString("name", scenario.Name);
        WriteOptional(writer, "description", scenario.Description);
        WriteTarget(writer, scenario.Target, redactSecrets);
        writer.WriteStartArray("phases");
        foreach (var phase in scenario.Phases)
        {
            PhaseJsonWriter.Write(writer, phase);
        }
        writer.WriteEndArray();
        WritePayload(writer, scenario.Payload);
        writer.WriteStartObject("transport");
        writer.WriteNumber("connections", scenario.Transport.Connections);
        writer.WriteString("requestTimeout", DurationText.Format(scenario.Transport.RequestTimeout));
        writer.WriteNumber("maxInFlight", scenario.Transport.MaxInFlight);
        writer.WriteString("httpVersion", JsonSpellings.Write(JsonSpellings.HttpVersion, scenario.Transport.HttpVersion));
        writer.WriteEndObject();
        writer.WriteStartArray("thresholds");
        foreach (var threshold in scenario.Thresholds)
        {
            writer.WriteStartObject();
            writer.WriteString("expression", threshold.Expression);
            writer.WriteBoolean("abortOnFail", threshold.AbortOnFail);
            writer.WriteString("grace", DurationText.Format(threshold.Grace));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteTarget(Utf8JsonWriter writer, ScenarioTarget target, bool redactSecrets)
    {
        writer.WriteStartObject("target");
        WriteOptional(writer, "baseUrl", target.BaseUrl?.ToString());
        WriteOptional(writer, "key", target.Key is null ? null : redactSecrets ? Secrets.Redact(target.Key) : target.Key);
        WriteOptional(writer, "token", target.Token is null ? null : redactSecrets ? Secrets.Redact(target.Token) : target.Token);
        writer.WriteString("profile", JsonSpellings.Write(JsonSpellings.Profile, target.Profile));
        writer.WriteBoolean("insecure", target.Insecure);
        writer.WriteEndObject();
    }

    private static void WritePayload(Utf8JsonWriter writer, PayloadMix payload)
    {
        writer.WriteStartObject("payload");
        writer.WriteNumber("poolSize", payload.PoolSize);
        writer.WriteNumber("seed", payload.Seed);
        writer.WriteNumber("brokenShare", payload.BrokenShare);
        writer.WriteStartObject("streams");
        writer.WriteNumber("raiseRecover", payload.Streams.RaiseRecover);
        writer.WriteNumber("storms", payload.Streams.Storms);
        writer.WriteNumber("flapping", payload.Streams.Flapping);
        writer.WriteNumber("stormSize", payload.Streams.StormSize);
        writer.WriteNumber("flapCycles", payload.Streams.FlapCycles);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    internal static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
