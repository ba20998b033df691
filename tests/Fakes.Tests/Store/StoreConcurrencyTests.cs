using Harness.Contract.Validation;
using Harness.Fakes.Store;
using Harness.Fakes.Telemetry;
using Harness.Fakes.Tests.Support;
using Harness.Telemetry;
using HdrHistogram;

namespace Harness.Fakes.Tests.Store;

/// <summary>
/// The lock-free store and the striped counters and histogram under threads racing on the same
/// alarms and counters: nothing lost, nothing counted twice, the counts agree with each other.
/// </summary>
public sealed class StoreConcurrencyTests
{
    private const int Threads = 8;
    private const int PerThread = 20_000;

    [Fact]
    public void Apply_ThreadsRaisingUpdatingAndClearingTheSameAlarms_CountsStayConsistent()
    {
        var validator = new AlarmValidator(Harness.Contract.ReceiverProfile.Strict);
        ReceivedAlarm Received(string id, string status) =>
            BodyVerdictFor(validator, SpecBody.WithTexts(("alarmId", id), ("alarmStatus", status)));
        string[] ids = ["a", "b", "c"];
        var raise = ids.Select(id => Received(id, "alarm")).ToArray();
        var clear = ids.Select(id => Received(id, "ok")).ToArray();
        var store = new AlarmStore(maxTracked: 100);
        var outcomes = new long[Enum.GetValues<StoreOutcome>().Length];

        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t =>
        {
            var random = new Random(t);
            for (var n = 0; n < PerThread; n++)
            {
                var which = random.Next(ids.Length);
                var outcome = store.Apply(0, random.Next(3) == 0 ? clear[which] : raise[which], DateTimeOffset.UnixEpoch.AddTicks(n));
                Interlocked.Increment(ref outcomes[(int)outcome]);
            }
        });

        var counts = store.Counts();
        Assert.Equal(outcomes[(int)StoreOutcome.Raised], counts.Raised);
        Assert.Equal(outcomes[(int)StoreOutcome.Updated], counts.Updated);
        Assert.Equal(outcomes[(int)StoreOutcome.Cleared], counts.Cleared);
        Assert.Equal(outcomes[(int)StoreOutcome.OrphanRecovery], counts.OrphanRecoveries);
        Assert.Equal((long)Threads * PerThread, counts.Raised + counts.Updated + counts.Cleared + counts.OrphanRecoveries);
        Assert.Equal(counts.Raised - counts.Cleared, counts.Active);
        Assert.Equal(counts.Active, store.Active(10).Count);
    }

    [Fact]
    public void StripedCounts_ThreadsIncrementingTheSameCounters_SumsEveryIncrement()
    {
        var counts = new StripedCounts(3);

        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t =>
        {
            for (var n = 0; n < PerThread; n++)
            {
                counts.Increment(n % 2);
            }
        });

        Assert.Equal(Threads * PerThread / 2, counts.Read(0));
        Assert.Equal(Threads * PerThread / 2, counts.Read(1));
        Assert.Equal(0, counts.Read(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => counts.Increment(3));
        counts.Reset();
        Assert.Equal(0, counts.Read(0));
    }

    [Fact]
    public void StripedHistogram_ThreadsRecording_MergedAndBucketsHoldEveryValue()
    {
        var striped = new StripedHistogram(3_600_000_000);
        var expected = new LongHistogram(1, 3_600_000_000, 3);
        for (var n = 0; n < PerThread; n++)
        {
            expected.RecordValue(1 + (n % 5_000));
        }

        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t =>
        {
            for (var n = 0; n < PerThread / Threads; n++)
            {
                striped.Record(1 + (((t * (PerThread / Threads)) + n) % 5_000), pending: true);
            }
        });
        var merged = striped.Merged();
        var buckets = new BucketCounts(LatencyBuckets.Default);
        striped.AddTo(buckets);
        var expectedBuckets = new BucketCounts(LatencyBuckets.Default);
        expectedBuckets.Add(expected);

        Assert.Equal(expected.TotalCount, merged.TotalCount);
        Assert.Equal(expected.GetValueAtPercentile(99), merged.GetValueAtPercentile(99));
        Assert.Equal(expectedBuckets.Cumulative(), buckets.Cumulative());

        // Every value recorded as pending is taken once, for the instrument's replay; the rest never is.
        var pending = new LongHistogram(1, striped.Highest, 3);
        striped.TakePending(pending);
        Assert.Equal(expected.TotalCount, pending.TotalCount);
        Assert.Equal(expected.GetValueAtPercentile(99), pending.GetValueAtPercentile(99));
        striped.Record(0, pending: false);
        striped.Record(long.MaxValue, pending: false);
        Assert.Equal(expected.TotalCount + 2, striped.Merged().TotalCount);
        pending.Reset();
        striped.TakePending(pending);
        Assert.Equal(0, pending.TotalCount);
    }

    private static ReceivedAlarm BodyVerdictFor(AlarmValidator validator, string body)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        Assert.True(validator.TryAccept(bytes, "application/json", out var summary, out _));
        return ReceivedAlarm.Kept(bytes, summary, validator);
    }
}
