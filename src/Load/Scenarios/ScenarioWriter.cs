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
    public static string ToJson(Scenario scenario, bool redactSecrets = true) => JsonSerializer.Serialize(Shown(scenario, redactSecrets), ScenarioJson.Options);

    /// <summary>The scenario as a JSON value, secrets redacted: what run.json records as its <c>scenario</c>.</summary>
    public static JsonElement ToElement(Scenario scenario) => JsonSerializer.SerializeToElement(Shown(scenario, redactSecrets: true), ScenarioJson.Options);

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
