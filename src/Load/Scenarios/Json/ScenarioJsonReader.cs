using System.Text.Json;

namespace Harness.Load.Scenarios;

/// <summary>
/// Turns a parsed document into a model, collecting every structural problem (unknown
/// properties, wrong types, missing required values). Missing values become placeholders so
/// the range checks can still run on the rest; their duplicates are filtered by the loader.
/// </summary>
internal static class ScenarioJsonReader
{
    internal const string SchemaProperty = "$schema";

    internal static Scenario Read(JsonElement root, ProblemList problems, JsonIndexMap map)
    {
        var known = JsonNames.Of<Scenario>().Append(SchemaProperty).ToList();
        var reader = new JsonObjectReader(root, "$", problems, known);
        reader.String(SchemaProperty);
        return new Scenario
        {
            Name = reader.String("name", required: true) ?? "",
            Description = reader.String("description"),
            Target = reader.Element("target") is { } target ? ReadTarget(target, reader.PathOf("target"), problems) : new(),
            Phases = reader.Element("phases", required: true) is { } phases ? ReadPhases(phases, reader.PathOf("phases"), problems, map.Phases) : ValueList<Phase>.Empty,
            Payload = reader.Element("payload") is { } payload ? ReadPayload(payload, reader.PathOf("payload"), problems) : new(),
            Transport = reader.Element("transport") is { } transport ? ReadTransport(transport, reader.PathOf("transport"), problems) : new(),
            Thresholds = reader.Element("thresholds") is { } thresholds ? ReadThresholds(thresholds, reader.PathOf("thresholds"), problems, map.Thresholds) : ValueList<Threshold>.Empty,
        };
    }

    private static ScenarioTarget ReadTarget(JsonElement element, string path, ProblemList problems)
    {
        var reader = new JsonObjectReader(element, path, problems, JsonNames.Of<ScenarioTarget>());
        var defaults = new ScenarioTarget();
        Uri? baseUrl = null;
        if (reader.String("baseUrl") is { } text && !Uri.TryCreate(text, UriKind.Absolute, out baseUrl))
        {
            problems.Add(reader.PathOf("baseUrl"), $"'{text}' is not an absolute URL", "e.g. \"http://127.0.0.1:8080\"");
        }
        return new ScenarioTarget
        {
            BaseUrl = baseUrl,
            Key = reader.String("key"),
            Token = reader.String("token"),
            Profile = reader.Choice("profile", JsonSpellings.Profile) ?? defaults.Profile,
            Insecure = reader.Bool("insecure") ?? defaults.Insecure,
        };
    }

    private static ValueList<Phase> ReadPhases(JsonElement element, string path, ProblemList problems, List<int> sources)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add(path, $"must be an array of phases, got {JsonKinds.Describe(element)}");
            return ValueList<Phase>.Empty;
        }
        var phases = new List<Phase>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (PhaseJsonReader.Read(item, $"{path}[{index}]", problems) is { } phase)
            {
                phases.Add(phase);
                sources.Add(index);
            }
            index++;
        }
        return new ValueList<Phase>(phases);
    }

    private static PayloadMix ReadPayload(JsonElement element, string path, ProblemList problems)
    {
        var reader = new JsonObjectReader(element, path, problems, JsonNames.Of<PayloadMix>());
        var defaults = new PayloadMix();
        return new PayloadMix
        {
            PoolSize = reader.Int("poolSize") ?? defaults.PoolSize,
            Seed = reader.Int("seed") ?? defaults.Seed,
            BrokenShare = reader.Number("brokenShare") ?? defaults.BrokenShare,
            Streams = reader.Element("streams") is { } streams ? ReadStreams(streams, reader.PathOf("streams"), problems) : defaults.Streams,
        };
    }

    private static StreamMix ReadStreams(JsonElement element, string path, ProblemList problems)
    {
        var reader = new JsonObjectReader(element, path, problems, JsonNames.Of<StreamMix>());
        var defaults = new StreamMix();
        return new StreamMix
        {
            RaiseRecover = reader.Number("raiseRecover") ?? defaults.RaiseRecover,
            Storms = reader.Number("storms") ?? defaults.Storms,
            Flapping = reader.Number("flapping") ?? defaults.Flapping,
            StormSize = reader.Int("stormSize") ?? defaults.StormSize,
            FlapCycles = reader.Int("flapCycles") ?? defaults.FlapCycles,
        };
    }

    private static TransportSettings ReadTransport(JsonElement element, string path, ProblemList problems)
    {
        var reader = new JsonObjectReader(element, path, problems, JsonNames.Of<TransportSettings>());
        var defaults = new TransportSettings();
        if (reader.Element("httpVersion") is { ValueKind: JsonValueKind.Number } number)
        {
            problems.Add(reader.PathOf("httpVersion"), "must be a string", $"write \"{number.GetRawText()}\"");
        }
        return new TransportSettings
        {
            Connections = reader.Int("connections") ?? defaults.Connections,
            RequestTimeout = reader.Duration("requestTimeout") ?? defaults.RequestTimeout,
            MaxInFlight = reader.Int("maxInFlight") ?? defaults.MaxInFlight,
            HttpVersion = reader.Element("httpVersion") is { ValueKind: JsonValueKind.Number }
                ? defaults.HttpVersion
                : reader.Choice("httpVersion", JsonSpellings.HttpVersion) ?? defaults.HttpVersion,
        };
    }

    private static ValueList<Threshold> ReadThresholds(JsonElement element, string path, ProblemList problems, List<int> sources)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add(path, $"must be an array, got {JsonKinds.Describe(element)}", "e.g. [\"p99 < 250ms\", \"error_rate < 0.1%\"]");
            return ValueList<Threshold>.Empty;
        }
        var thresholds = new List<Threshold>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (ThresholdJsonReader.Read(item, $"{path}[{index}]", problems) is { } threshold)
            {
                thresholds.Add(threshold);
                sources.Add(index);
            }
            index++;
        }
        return new ValueList<Threshold>(thresholds);
    }
}
