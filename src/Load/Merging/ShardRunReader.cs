using System.Globalization;
using System.Text.Json;
using Harness.Load.Phases;
using Harness.Load.Results;
using Harness.Load.Sharding;

namespace Harness.Load.Merging;

/// <summary>Reads a load run folder for merging; a folder that cannot be read gives one problem naming it.</summary>
internal static class ShardRunReader
{
    public static ShardRun? TryRead(string folder, out string? problem)
    {
        problem = null;
        var runJson = Path.Combine(folder, "run.json");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(runJson));
            var root = document.RootElement;
            if (!root.TryGetProperty("kind", out var kind) || kind.GetString() != "load")
            {
                problem = $"{folder}: run.json is not a load run";
                return null;
            }

            ShardIdentity? shard = null;
            if (root.TryGetProperty(ShardJson.Property, out var shardElement) && shardElement.ValueKind != JsonValueKind.Null)
            {
                shard = ShardJson.Read(shardElement, out var shardProblem);
                if (shard is null)
                {
                    problem = $"{folder}: run.json {shardProblem}";
                    return null;
                }
            }

            var timelinePath = Path.Combine(folder, "timeline.csv");
            var run = new ShardRun
            {
                Folder = folder,
                Name = root.GetProperty("name").GetString()!,
                Target = root.GetProperty("target").GetString() ?? "",
                Transport = root.GetProperty("transport").GetString() ?? "",
                StartedUtc = DateTimeOffset.Parse(root.GetProperty("startedUtc").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                Partial = root.GetProperty("partial").GetBoolean(),
                AbortedBy = root.TryGetProperty("abortedBy", out var abort) && abort.ValueKind == JsonValueKind.Object
                    ? new ThresholdAbort(abort.GetProperty("threshold").GetString() ?? "", abort.GetProperty("value").GetDouble(),
                        abort.GetProperty("valueText").GetString() ?? "", abort.GetProperty("atSeconds").GetDouble(), abort.GetProperty("graceSeconds").GetDouble())
                    : null,
                EmbeddedTarget = root.TryGetProperty("embeddedTarget", out var embedded) && embedded.GetBoolean(),
                Shard = shard,
                ScenarioJson = root.TryGetProperty("scenario", out var scenario) ? scenario.GetRawText() : null,
                Measured = TotalsJson.Read(root.GetProperty("measured")),
                Warmup = root.TryGetProperty("warmup", out var warmup) && warmup.ValueKind == JsonValueKind.Object ? TotalsJson.Read(warmup) : null,
                Phases = [.. root.GetProperty("phases").EnumerateArray().Select(Phase)],
                CpuSaturatedShare = root.GetProperty("selfCheck").GetProperty("cpuSaturatedShare").GetDouble(),
                Timeline = File.Exists(timelinePath) ? TimelineCsvReader.Read(File.ReadAllText(timelinePath)) : [],
            };
            problem = ShardCountsCheck.Problem(run.Measured, "measured") ?? (run.Warmup is { } w ? ShardCountsCheck.Problem(w, "warmup") : null);
            problem = problem is null ? null : $"{folder}: run.json is not believable: {problem}";
            return problem is null ? run : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException
                                       or InvalidOperationException or FormatException or ArgumentException)
        {
            problem = e is FileNotFoundException or DirectoryNotFoundException
                ? $"{folder}: no run.json (not a run folder)"
                : $"{folder}: run.json cannot be read: {e.Message}";
            return null;
        }
    }

    private static PhaseResult Phase(JsonElement p) => new(
        p.GetProperty("name").GetString()!,
        Enum.Parse<PhaseKind>(p.GetProperty("kind").GetString()!, ignoreCase: true),
        p.GetProperty("warmup").GetBoolean(),
        TimeSpan.FromSeconds(p.GetProperty("plannedSeconds").GetDouble()),
        TimeSpan.FromSeconds(p.GetProperty("actualSeconds").GetDouble()),
        p.GetProperty("scheduled").GetInt64(),
        p.GetProperty("sent").GetInt64(),
        p.GetProperty("dropped").GetInt64(),
        p.GetProperty("late").GetInt64(),
        p.TryGetProperty("targetPerSecond", out var target) ? target.GetDouble() : null,
        p.GetProperty("achievedPerSecond").GetDouble(),
        p.GetProperty("belowTarget").GetBoolean())
    {
        PlannedArrivals = p.TryGetProperty("plannedArrivals", out var arrivals) ? arrivals.GetInt64() : null,
    };
}
