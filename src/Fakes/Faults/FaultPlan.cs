namespace Harness.Fakes.Faults;

/// <summary>
/// The configured faults at run time: whether to fail a request on purpose, and how long to hold
/// its answer (latency, then any stall in progress). With no faults configured every call returns
/// synchronously, so the hot path pays nothing.
/// </summary>
internal sealed class FaultPlan
{
    private readonly LatencySpec? _latency;
    private readonly StallSpec? _stall;
    private readonly double _errorRate;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly Lock _randomGate = new();
    private readonly long _started;

    public FaultPlan(FakeReceiverOptions options)
    {
        _latency = options.Latency;
        _stall = options.Stall;
        _errorRate = options.ErrorRate;
        _time = options.TimeProvider;
        _random = options.FaultSeed is { } seed ? new Random(seed) : new Random();
        _started = _time.GetTimestamp();
        DelaysAnswers = _latency is not null || _stall is not null;
    }

    /// <summary>True when answers may be held back (latency or stalls configured).</summary>
    public bool DelaysAnswers { get; }

    /// <summary>Rolls the dice for an injected 5xx.</summary>
    public bool ShouldFail()
    {
        if (_errorRate <= 0)
        {
            return false;
        }

        lock (_randomGate)
        {
            return _random.NextDouble() < _errorRate;
        }
    }

    /// <summary>Waits out the sampled latency, then the rest of any stall in progress.</summary>
    public async Task HoldAnswerAsync(CancellationToken cancellation)
    {
        if (_latency is not null)
        {
            TimeSpan delay;
            lock (_randomGate)
            {
                delay = _latency.Sample(_random);
            }

            if (delay > TimeSpan.Zero)
            {
                await WaitAtLeastAsync(delay, cancellation).ConfigureAwait(false);
            }
        }

        if (_stall is not null)
        {
            var remaining = _stall.RemainingAt(_time.GetElapsedTime(_started));
            if (remaining > TimeSpan.Zero)
            {
                await WaitAtLeastAsync(remaining, cancellation).ConfigureAwait(false);
            }
        }
    }

    // Timers count on a coarse clock (4 ms ticks on many Linux kernels) and fire up to a tick early:
    // a fixed:20ms answer came back in 16 ms. The rest is waited out against the precise timestamp.
    private async Task WaitAtLeastAsync(TimeSpan delay, CancellationToken cancellation)
    {
        var start = _time.GetTimestamp();
        var left = delay;
        while (left > TimeSpan.Zero)
        {
            await Task.Delay(left < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : left, _time, cancellation).ConfigureAwait(false);
            left = delay - _time.GetElapsedTime(start);
        }
    }
}
