using System.Diagnostics.Metrics;
using Harness.Fakes.Telemetry;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Fakes.Tests.Telemetry;

/// <summary>
/// The handling-time instrument is fed from the receiver's HDR histogram, not on each request: when a listener
/// collects, and every second. Each answer reaches a listener exactly once, and only while it listens.
/// </summary>
public sealed class HandlingTimeReplayTests
{
    private static readonly FakeStats NoStats = new(0, 0, new Dictionary<int, long>(), new Dictionary<string, long>(), [], new FakeAlarmCounts(0, 0, 0, 0, 0, 0));

    [Fact]
    public void Collect_AfterAnswers_ListenerGetsEachHandlingTimeOnce()
    {
        var time = new FakeTimeProvider();
        using var telemetry = new FakeTelemetry(time, () => NoStats);
        using var listener = ListenTo(telemetry, out var seconds);
        foreach (var milliseconds in new[] { 3, 40, 250 })
        {
            var startedAt = time.GetTimestamp();
            time.Advance(TimeSpan.FromMilliseconds(milliseconds));
            telemetry.Handled(startedAt);
        }

        // Nothing is recorded into the instrument on the request's path.
        Assert.Empty(seconds);

        listener.RecordObservableInstruments();
        Assert.Equal([0.003, 0.040, 0.250], seconds.Order().Select(s => Math.Round(s, 3)));

        listener.RecordObservableInstruments();
        Assert.Equal(3, seconds.Count);
    }

    [Fact]
    public void EverySecond_WithoutCollect_ListenerGetsTheHandlingTimes()
    {
        var time = new FakeTimeProvider();
        using var telemetry = new FakeTelemetry(time, () => NoStats);
        using var listener = ListenTo(telemetry, out var seconds);
        var startedAt = time.GetTimestamp();
        time.Advance(TimeSpan.FromMilliseconds(20));
        telemetry.Handled(startedAt);
        telemetry.Handled(startedAt);

        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(2, seconds.Count);
        Assert.All(seconds, s => Assert.Equal(0.020, s, 3));
    }

    [Fact]
    public void AnswersWhileNobodyListens_AreNotReplayedLater()
    {
        var time = new FakeTimeProvider();
        using var telemetry = new FakeTelemetry(time, () => NoStats);
        telemetry.Handled(time.GetTimestamp());

        using var listener = ListenTo(telemetry, out var seconds);
        telemetry.Handled(time.GetTimestamp());
        listener.RecordObservableInstruments();

        Assert.Single(seconds);
        Assert.Equal(2, telemetry.HandlingTime().TotalCount);
    }

    private static MeterListener ListenTo(FakeTelemetry telemetry, out List<double> seconds)
    {
        var received = new List<double>();
        seconds = received;
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter, telemetry.Meter))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            lock (received)
            {
                received.Add(value);
            }
        });
        listener.Start();
        return listener;
    }
}
