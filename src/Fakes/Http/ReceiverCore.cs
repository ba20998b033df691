using Harness.Contract.Envelopes;
using Harness.Contract.Validation;
using Harness.Fakes.Faults;
using Harness.Fakes.Store;
using Harness.Fakes.Telemetry;
using HdrHistogram;
using Harness.Telemetry;

namespace Harness.Fakes.Http;

/// <summary>The receiver's state shared by its handlers: keys, validator, store, counters, faults.</summary>
internal sealed class ReceiverCore : IAsyncDisposable
{
    public ReceiverCore(FakeReceiverOptions options, IReadOnlyList<string> keys)
    {
        Options = options;
        Time = options.TimeProvider;
        Started = Time.GetTimestamp();
        Clock = new WallClock(Time);
        Validator = new AlarmValidator(options.Profile);
        Keys = new KeyRegistry(keys, options.RateLimit, Time);
        Counters = new ReceiverCounters(Keys.All.Count);
        Store = new AlarmStore(options.MaxTrackedAlarms);
        Recent = new RecentAlarms(options.RecentCapacity);
        Journal = options.JournalPath is { } path ? new AlarmJournal(path) : null;
        Faults = new FaultPlan(options);
        Answers = new EnvelopeResults(options.RateLimit?.PerSecond, options.Profile.MaxDepth);
        RequiredToken = options.RequiredToken;
        Telemetry = new FakeTelemetry(Time, () => Stats(null));
    }

    public FakeReceiverOptions Options { get; }
    public TimeProvider Time { get; }
    public long Started { get; }

    /// <summary>The wall-clock time of a request's timestamp, for the times the store shows.</summary>
    public WallClock Clock { get; }
    public AlarmValidator Validator { get; }
    public KeyRegistry Keys { get; }
    public string? RequiredToken { get; }
    public AlarmStore Store { get; }
    public RecentAlarms Recent { get; }
    public AlarmJournal? Journal { get; }
    public FaultPlan Faults { get; }
    public EnvelopeResults Answers { get; }
    public ReceiverCounters Counters { get; }
    public FakeTelemetry Telemetry { get; }

    /// <summary>Counts a refusal that is not about the body, and returns its answer.</summary>
    public EnvelopeResult Refuse(EnvelopeResult answer, RejectionReason reason, KeyState? key)
    {
        Counters.Answered(answer.Kind, key);
        Counters.Rejected(reason);
        return answer;
    }

    /// <summary>Counts a 400 by its violations, and returns its answer.</summary>
    public EnvelopeResult RefuseBody(ValidationResult verdict, KeyState key)
    {
        Counters.Answered(ResponseKind.BadBody, key);
        Counters.Rejected(verdict);
        return Answers.BadBody(verdict);
    }

    /// <summary>
    /// Stores an accepted alarm received at <paramref name="receivedAt"/> (a timestamp of
    /// <see cref="Time"/>), counts it, and adds it to the recent list: what the journal should
    /// append, or null with no journal.
    /// </summary>
    public RecentAlarm? Accept(ReceivedAlarm alarm, KeyState key, long receivedAt)
    {
        var now = Clock.At(receivedAt);
        var outcome = Store.Apply(key.Index, alarm, now);
        Counters.Answered(ResponseKind.Success, key);
        if (Recent.Capacity == 0 && Journal is null)
        {
            return null;
        }

        var recent = new RecentAlarm(Recent.NextSequence(), now, key.Redacted, outcome, alarm);
        Recent.Add(recent);
        return Journal is null ? null : recent;
    }

    /// <summary>Everything <c>/_fake/stats</c> shows, the handling time included.</summary>
    public FakeStats Stats() => Stats(HandlingTime(Telemetry.HandlingTime()));

    /// <summary>
    /// The counts, with the given handling-time summary (null leaves it out: the meter's observable
    /// instruments and the Prometheus scrape read the counts only; each would otherwise copy the
    /// whole histogram, a large-object allocation, and compress it, every time it is read).
    /// </summary>
    public FakeStats Stats(FakeHandlingTime? handlingTime)
    {
        var byStatus = new SortedDictionary<int, long>();
        long rejected = 0;
        foreach (var code in ResponseCodes.All)
        {
            var count = Counters.Count(code.Kind);
            byStatus[code.Status] = count;
            rejected += code.Kind == ResponseKind.Success ? 0 : count;
        }

        var keys = Keys.All.Select(k =>
        {
            var (accepted, rejected) = Counters.Count(k);
            return new FakeKeyStats(k.Redacted, accepted, rejected);
        }).ToList();
        return new FakeStats(Counters.Count(ResponseKind.Success), rejected, byStatus, Counters.Reasons(), keys, Store.Counts(), handlingTime);
    }

    public void Reset()
    {
        Counters.Reset();
        Telemetry.Reset();
        Store.Reset();
        Recent.Reset();
        foreach (var key in Keys.All)
        {
            key.Reset();
        }
    }

    public ValueTask DisposeAsync()
    {
        Telemetry.Dispose();
        return Journal?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    private static FakeHandlingTime HandlingTime(HistogramBase histogram)
    {
        static double Ms(double microseconds) => Math.Round(microseconds / 1000.0, 3);
        return histogram.TotalCount == 0
            ? new FakeHandlingTime(0, 0, 0, 0, 0, HistogramText.Encode(histogram))
            : new FakeHandlingTime(histogram.TotalCount, Ms(histogram.GetValueAtPercentile(50)), Ms(histogram.GetValueAtPercentile(90)),
                Ms(histogram.GetValueAtPercentile(99)), Ms(histogram.GetMaxValue()), HistogramText.Encode(histogram));
    }
}
