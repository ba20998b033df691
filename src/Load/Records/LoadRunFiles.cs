using System.Globalization;
using System.Text.Json;
using HdrHistogram;
using Harness.Contract.Files;
using Harness.Load.Scenarios;
using Harness.Runs;

namespace Harness.Load.Records;

/// <summary>
/// A load run's folder: run.json (the record), timeline.csv (its intervals), latency.hgrm (response
/// time) and service.hgrm. Written here and read back here, nowhere else.
/// </summary>
internal static class LoadRunFiles
{
    public const string RunJson = "run.json";

    public const string TimelineFile = "timeline.csv";

    /// <summary>The largest run.json read: a load run's record (no per-request data) is a few hundred KiB at most.</summary>
    public const long MaxRunJsonBytes = 64L * 1024 * 1024;

    /// <summary>The largest timeline.csv read: <see cref="TimelineCsv.MaxRows"/> rows with room to spare.</summary>
    public const long MaxTimelineBytes = 256L * 1024 * 1024;

    /// <summary>Writes the run's files; returns the record as run.json holds it (with the scenario, when given), for the exporters.</summary>
    public static LoadRunRecord Write(RunFolder folder, LoadRunRecord result, Scenario? scenario = null)
    {
        var record = scenario is null ? result : result.WithScenario(scenario);
        folder.Write(RunJson, JsonSerializer.SerializeToUtf8Bytes(record, LoadRecordJson.Default.LoadRunRecord));
        folder.Write(TimelineFile, TimelineCsv.Write(record.Timeline));
        folder.Write("latency.hgrm", Hgrm(record.Measured.ResponseTime));
        folder.Write("service.hgrm", Hgrm(record.Measured.ServiceTime));
        return record;
    }

    /// <summary>
    /// Reads the load run in <paramref name="directory"/>. A run.json may come from anywhere, so its
    /// counts are checked (<see cref="LoadTotalsCheck"/>) before anything believes them; every problem
    /// is an <see cref="InvalidDataException"/> naming the file and the field.
    /// </summary>
    public static LoadRunRecord Read(string directory) =>
        Read(directory, UntrustedFile.ReadAllBytes(Path.Combine(directory, RunJson), MaxRunJsonBytes));

    /// <summary>As <see cref="Read(string)"/>, with run.json's bytes already read (under any limit: this one is checked here).</summary>
    public static LoadRunRecord Read(string directory, byte[] runJson)
    {
        var path = Path.Combine(directory, RunJson);
        UntrustedFile.CheckLength(path, runJson.Length, MaxRunJsonBytes);
        LoadRunRecord record;
        try
        {
            record = JsonSerializer.Deserialize(runJson, LoadRecordJson.Default.LoadRunRecord)
                ?? throw new JsonException("the file holds null");
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException
                                       or IndexOutOfRangeException or OverflowException or NotSupportedException)
        {
            // A converter's own message does not say where it was: the serializer's path does.
            var at = e is JsonException { Path: { } member } && !e.Message.Contains(member, StringComparison.Ordinal) ? $" (at {member})" : "";
            throw new InvalidDataException($"{path} cannot be read: {e.Message}{at}", e);
        }

        if (record.Kind != "load")
        {
            throw new InvalidDataException($"{path} is not a load run (kind '{record.Kind}')");
        }

        UntrustedFile.CheckSchemaVersion(path, record.SchemaVersion, LoadRunRecord.CurrentSchemaVersion);

        if (LoadTotalsCheck.Problems(record) is { Count: > 0 } problems)
        {
            throw new InvalidDataException($"{path} is not believable: {string.Join("; ", problems)}");
        }

        // A timeline is optional, but a link named timeline.csv is read (and refused) rather than passed over.
        var timeline = Path.Combine(directory, TimelineFile);
        if (!UntrustedFile.Exists(timeline))
        {
            return record;
        }

        using var reader = new StreamReader(UntrustedFile.OpenRead(timeline, MaxTimelineBytes));
        return record with { Timeline = TimelineCsv.Read(reader, timeline) };
    }

    /// <summary>HdrHistogram's percentile-distribution text, values in milliseconds (as wrk2 and HdrHistogram's plotter read it).</summary>
    public static string Hgrm(HistogramBase histogram)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        histogram.OutputPercentileDistribution(writer, percentileTicksPerHalfDistance: 5, outputValueUnitScalingRatio: 1000.0, useCsvFormat: false);
        return writer.ToString();
    }
}
