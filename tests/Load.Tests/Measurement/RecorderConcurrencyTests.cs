using Harness.Load.Measurement;

namespace Harness.Load.Tests.Measurement;

public class RecorderConcurrencyTests
{
    [Fact]
    public void CreateRecorder_ManyConcurrentWriters_LosesNoCount()
    {
        var recorder = LatencyHistograms.CreateRecorder();
        const int Writers = 8, Each = 200_000;

        Parallel.For(0, Writers, new ParallelOptions { MaxDegreeOfParallelism = Writers }, writer =>
        {
            for (var i = 0; i < Each; i++)
            {
                // Few distinct values: writers collide on the same counters, where lost updates show.
                recorder.RecordValue(100 + (i % 4));
            }
        });

        Assert.Equal(Writers * Each, recorder.GetIntervalHistogram().TotalCount);
    }
}
