using System.Text.Json;
using Harness.Contract;

namespace Harness.Load.Scenarios;

/// <summary>
/// Writes a scenario back as JSON in the file format, every value explicit (defaults included),
/// so a run records exactly what it ran. Secrets in the target are redacted.
/// </summary>
internal static class ScenarioWriter
{
    /// <summary>The scenario as indented, readable JSON (thresholds keep their <c>&lt;</c>) that <see cref="ScenarioLoader"/> reads back into an equal model (secrets aside).</summary>
    public static string ToJson(Scenario scenario, bool redactSecrets = true)
    {
        return JsonSerializer.Serialize(Shown(scenario, redactSecrets), ScenarioJson.Options);
    }

    /// <summary>Writes the scenario as one JSON object into <paramref name="writer"/> (e.g. inside run.json).</summary>
    public static void Write(Utf8JsonWriter writer, Scenario scenario, bool redactSecrets = true)
    {
        JsonSerializer.Serialize(writer, Shown(scenario, redactSecrets), ScenarioJson.Options);
    }

    private static Scenario Shown(Scenario scenario, bool redactSecrets) => redactSecrets
        ? scenario with
        {
            Target = scenario.Target with
            {
                Key = scenario.Target.Key is { } key ? Secrets.Redact(key) : null,
                Token = scenario.Target.Token is { } token ? Secrets.Redact(token) : null,
            },
        }
        : scenario;
}
