using System.Text.Json;

namespace Harness.Reports.Documents;

/// <summary>What the gate needs of a conformance run's run.json: its verdict and every check's.</summary>
internal sealed record ConformanceRunDocument(string Directory, string Target, bool Passed, bool Interrupted, IReadOnlyList<ConformanceCheckRecord> Checks)
{
    public static ConformanceRunDocument Read(string directory, JsonElement root)
    {
        var summary = root.GetProperty("summary");
        var settings = root.TryGetProperty("settings", out var s) ? s : default;
        return new ConformanceRunDocument(
            directory,
            settings.ValueKind == JsonValueKind.Object ? LoadRunReader.Text(settings, "target") ?? "" : "",
            LoadRunReader.Bool(summary, "passed"),
            LoadRunReader.Bool(summary, "interrupted"),
            root.GetProperty("checks").EnumerateArray()
                .Select(c => new ConformanceCheckRecord(LoadRunReader.Text(c, "id") ?? "", LoadRunReader.Text(c, "verdict") ?? "", LoadRunReader.Text(c, "group") ?? ""))
                .ToArray());
    }
}
