using System.Text.Json;

namespace Harness.Load.Scenarios;

/// <summary>Reads one phase: its <c>type</c> decides which properties are allowed and required.</summary>
internal static class PhaseJsonReader
{
    internal static Phase? Read(JsonElement element, string path, ProblemList problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, $"must be a phase object, got {JsonKinds.Describe(element)}");
            return null;
        }
        var typeName = element.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String
            ? typeElement.GetString()!
            : null;
        if (typeName is null || !JsonNames.PhaseTypesByName.TryGetValue(typeName, out var type))
        {
            var missing = typeElement.ValueKind == JsonValueKind.Undefined;
            problems.Add(path + ".type",
                missing ? "is required" : typeName is null ? $"must be a string, got {JsonKinds.Describe(typeElement)}" : $"unknown phase type '{typeName}'",
                (typeName is null ? null : NearMiss.Hint(typeName, PhaseTypes.All)) ?? "one of: " + string.Join(", ", PhaseTypes.All));
            return null;
        }
        var r = new JsonObjectReader(element, path, problems, JsonNames.Of(type), name => ElsewhereHint(name, typeName));
        var name = r.String("name");
        var arrival = r.Choice("arrival", JsonSpellings.Arrival) ?? ArrivalProcess.Even;
        var zero = TimeSpan.Zero;
        return typeName switch
        {
            PhaseTypes.WarmUp => new WarmUpPhase
            {
                Name = name, Duration = r.Duration("duration", true) ?? zero, Rate = r.Number("rate"), Users = r.Int("users"), Arrival = arrival,
            },
            PhaseTypes.ConstantRate => new ConstantRatePhase
            {
                Name = name, Duration = r.Duration("duration", true) ?? zero, Rate = r.Number("rate", true) ?? 0, Arrival = arrival,
            },
            PhaseTypes.RampingRate => new RampingRatePhase
            {
                Name = name, Duration = r.Duration("duration", true) ?? zero, From = r.Number("from", true) ?? 0,
                To = r.Number("to", true) ?? 0, Arrival = arrival,
            },
            PhaseTypes.Spike => new SpikePhase
            {
                Name = name, Duration = r.Duration("duration", true) ?? zero, BaseRate = r.Number("baseRate", true) ?? 0,
                SpikeRate = r.Number("spikeRate", true) ?? 0, SpikeAt = r.Duration("spikeAt", true) ?? zero,
                SpikeDuration = r.Duration("spikeDuration", true) ?? zero, RampTime = r.Duration("rampTime") ?? zero, Arrival = arrival,
            },
            PhaseTypes.ConstantConcurrency => new ConstantConcurrencyPhase
            {
                Name = name, Duration = r.Duration("duration", true) ?? zero, Users = r.Int("users", true) ?? 0,
            },
            PhaseTypes.RampingConcurrency => new RampingConcurrencyPhase
            {
                Name = name, Duration = r.Duration("duration", true) ?? zero, From = r.Int("from", true) ?? 0, To = r.Int("to", true) ?? 0,
            },
            _ => new IterationsPhase
            {
                Name = name, Count = r.Whole("count", true) ?? 0, Concurrency = r.Int("concurrency") ?? 1, MaxDuration = r.Duration("maxDuration"),
            },
        };
    }

    // "users" on a constant-rate phase: say which phase types take it.
    private static string? ElsewhereHint(string property, string typeName)
    {
        var owners = JsonNames.PhaseTypesByName.Where(pair => pair.Key != typeName && JsonNames.Of(pair.Value).Contains(property))
            .Select(pair => pair.Key).ToList();
        return owners.Count == 0 ? null : $"'{property}' belongs to {string.Join(", ", owners)} phases, not {typeName}";
    }
}
