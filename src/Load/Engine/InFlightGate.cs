namespace Harness.Load.Engine;

/// <summary>
/// Counts requests in flight; the open-model dispatcher waits here for a free slot (with a deadline,
/// so a start that waits too long is dropped and counted), and the run waits here to drain.
/// </summary>
internal sealed class InFlightGate
{
    private int _count;
    private int _waiters;
    private TaskCompletionSource _changed = NewSignal();

    public int Count => Volatile.Read(ref _count);

    public void Enter() => Interlocked.Increment(ref _count);

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
