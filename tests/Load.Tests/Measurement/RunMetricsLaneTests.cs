using HdrHistogram;
using Harness.Load.Measurement;
using Harness.Load.Payloads;
using Harness.Load.Transport;

namespace Harness.Load.Tests.Measurement;

public class RunMetricsLaneTests
{
    private static readonly PreparedRequest Valid = PreparedRequest.Prepare(
        new LoadPayload(new byte[] { 1 }, "application/json", 200, "COC.00000000"), new Uri("http://127.0.0.1:1/v1/event/huawei/custom/k"), null);

    [Fact]
    public async Task Record_ManyThreadsWhileIntervalsAreTaken_AddsUpExactly()
    {
        var metrics = new RunMetrics(1_000_000);
        const int Writers = 8, Each = 48_000, Codes = 12;
        long sampled = 0;
        HistogramBase? last = null;
        using var stop = new CancellationTokenSource();
        // The interval tick runs while the writers book: no count may be lost or taken twice across the swaps.
        var sampler = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                last = metrics.Response.GetIntervalHistogram(last);
                sampled += last.TotalCount;
            }
        });

        Parallel.For(0, Writers, new ParallelOptions { MaxDegreeOfParallelism = Writers }, writer =>
        {
            for (var i = 0; i < Each; i++)
            {
                metrics.CountScheduled();
                metrics.CountSent();
                // More distinct codes than a lane has slots: the rest go to the shared table.
                var response = new TransportResponse(TransportFailure.None, 200, "CODE" + (i % Codes), 10, 20, 5, 5 + (i % 7));
                metrics.Record(response, Valid, 0);
            }
        });

        await stop.CancelAsync();
        await sampler;
        sampled += metrics.Response.GetIntervalHistogram(null).TotalCount;

        const long Total = (long)Writers * Each;
        Assert.Equal(Total, sampled);
        Assert.Equal(Total, metrics.Scheduled);
        Assert.Equal(Total, metrics.Sent);
        Assert.Equal(Total, metrics.Finished);
        Assert.Equal(Total, metrics.Count(OutcomeKind.UnexpectedAnswer));
        Assert.Equal(0, metrics.InFlight);
        Assert.Equal(Total * 20, metrics.BytesIn);
        Assert.Equal(Total * 10, metrics.BytesOut);
        Assert.Equal(Total, metrics.StatusCounts()[200]);
        var codes = metrics.ErrorCodeCounts();
        Assert.Equal(Codes, codes.Count);
        Assert.All(codes.Values, n => Assert.Equal(Total / Codes, n));
    }

    [Fact]
    public void Record_FailureAndAnswer_KeepTheirOwnHistograms()
    {
        var metrics = new RunMetrics(1_000_000);
        metrics.CountSent();
        metrics.CountSent();
        metrics.Record(new TransportResponse(TransportFailure.None, 200, "COC.00000000", 1, 1, 100, 300), Valid, 0);
        metrics.Record(TransportResponse.Failed(TransportFailure.Timeout, 1, 0, 100, 5_000), Valid, 0);

        Assert.Equal(1, metrics.Response.GetIntervalHistogram(null).TotalCount);
        Assert.Equal(200, metrics.Service.GetIntervalHistogram(null).GetMaxValue());
        Assert.InRange(metrics.Failed.GetIntervalHistogram(null).GetMaxValue(), 5_000, 5_010);
        Assert.Equal(1, metrics.Count(OutcomeKind.Accepted));
        Assert.Equal(1, metrics.Count(OutcomeKind.Timeout));
        Assert.Equal(1, metrics.ErrorCodeCounts()["COC.00000000"]);
    }
}
