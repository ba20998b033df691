using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Records;
using Harness.Load.Scenarios;
using Harness.Load.Sharding;
using Harness.Runs;

namespace Harness.Load.Tests.Merging;

/// <summary>Writes synthetic shard run folders (through the engine's own writer) to merge in tests.</summary>
internal sealed class ShardFolders : IDisposable
{
    public static readonly Scenario Scenario = Scenario.Create("merge-test").ConstantRate(30, TimeSpan.FromSeconds(5)).Build();

    public static readonly DateTimeOffset StartAt = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public string Root { get; } = Directory.CreateTempSubdirectory("harness-merge-").FullName;

    /// <summary>A shard whose requests took <paramref name="latenciesUs"/> microseconds each, all accepted.</summary>
    public string Write(string runId, int index, int count, long[] latenciesUs, Scenario? scenario = null, bool sharded = true, int? suffix = null, ThresholdAbort? abortedBy = null, TimeSpan startOffset = default, TimeSpan? actual = null)
    {
        var response = LatencyHistograms.Create();
        foreach (var v in latenciesUs)
        {
            response.RecordValue(v);
        }

        var n = latenciesUs.Length;
        var totals = new LoadTotals
        {
            Scheduled = n, Sent = n, Dropped = 0, Late = 0, BytesIn = 10L * n, BytesOut = 100L * n,
            Outcomes = Enum.GetValues<OutcomeKind>().ToDictionary(k => k, k => k == OutcomeKind.Accepted ? (long)n : 0),
            Statuses = new SortedDictionary<int, long> { [200] = n },
            ErrorCodes = new SortedDictionary<string, long>(StringComparer.Ordinal) { ["COC.00000000"] = n },
            ResponseTime = response, ServiceTime = response.Copy() as HdrHistogram.LongHistogram ?? response,
            SchedulerLag = LatencyHistograms.Create(), Seconds = 5.01 + (index * 0.01),
        };
        var result = new LoadRunRecord
        {
            Name = "merge-test", Target = "http://127.0.0.1:1/v1/event/huawei/custom/abcd***", Transport = "raw",
            StartedUtc = StartAt, Partial = false, AbortedBy = abortedBy, Measured = totals,
            Phases = [new PhaseResult("constant-rate", PhaseKind.Open, false, TimeSpan.FromSeconds(5), actual ?? TimeSpan.FromSeconds(5.001), n, n, 0, 0, 30.0 / count, n / (actual ?? TimeSpan.FromSeconds(5.001)).TotalSeconds, false)],
            Timeline = [new TimelineRow(1.001, "constant-rate", false, n, n, 0, 0, 0, 0, 1, 2, 3, 4, 3, 10)],
            SelfCheck = SelfCheck.From(0, 0),
            Shard = sharded ? new ShardIdentity { RunId = runId, Index = index, Count = count, StartAt = StartAt + startOffset } : null,
        };
        var folder = Path.Combine(Root, $"shard-{index + 1}of{count}-{runId}{suffix}");
        Directory.CreateDirectory(folder);
        LoadRunFiles.Write(RunFolder.Open(folder), result, scenario ?? Scenario);
        return folder;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
