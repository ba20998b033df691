namespace Harness.Load.Engine;

/// <summary>
/// Counts requests in flight and holds them to a limit (the in-flight cap, and never more than the
/// transport's connections): a request takes a slot before it is sent, so "sent" means on the wire,
/// and a start that cannot get a slot waits here (late), up to a deadline (then it is dropped).
/// The run waits here to drain.
/// </summary>
internal sealed class InFlightGate
{
    private int _count;
    private int _waiters;
    private TaskCompletionSource _changed = NewSignal();

    public int Count => Volatile.Read(ref _count);

    /// <summary>Takes a slot when fewer than <paramref name="limit"/> are taken; atomic, so several senders can share the gate.</summary>
    public bool TryEnter(int limit)
    {
        var seen = Volatile.Read(ref _count);
        while (seen < limit)
        {
            var before = Interlocked.CompareExchange(ref _count, seen + 1, seen);
            if (before == seen)
            {
                return true;
            }

            seen = before;
        }

        return false;
    }

    /// <summary>Takes a slot, waiting for one until <paramref name="timeout"/> passes or the run stops; false then. Never throws.</summary>
    public async ValueTask<bool> EnterAsync(int limit, TimeSpan timeout, TimeProvider clock, CancellationToken token)
    {
        var deadline = clock.GetTimestamp() + (long)(timeout.TotalSeconds * clock.TimestampFrequency);
        while (!TryEnter(limit))
        {
            var left = clock.GetElapsedTime(clock.GetTimestamp(), deadline);
            if (left <= TimeSpan.Zero || token.IsCancellationRequested
                || !await WaitBelowAsync(limit, left, clock, token).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    public void Exit()
    {
        Interlocked.Decrement(ref _count);
        // Only wake when someone waits: a fresh signal per request would be garbage on the hot path.
        if (Volatile.Read(ref _waiters) > 0)
        {
            Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();
        }
    }

    /// <summary>
    /// Waits until fewer than <paramref name="limit"/> requests are in flight; false when the timeout
    /// passes or the run is cancelled first. Never throws.
    /// </summary>
    public async Task<bool> WaitBelowAsync(int limit, TimeSpan timeout, TimeProvider clock, CancellationToken token)
    {
        var deadline = clock.GetTimestamp() + (long)(timeout.TotalSeconds * clock.TimestampFrequency);
        Interlocked.Increment(ref _waiters);
        try
        {
            while (true)
            {
                var signal = Volatile.Read(ref _changed).Task;
                if (Count < limit)
                {
                    return true;
                }

                var left = clock.GetElapsedTime(clock.GetTimestamp(), deadline);
                if (left <= TimeSpan.Zero || token.IsCancellationRequested)
                {
                    return false;
                }

                await signal.WaitAsync(left, clock, token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiters);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
