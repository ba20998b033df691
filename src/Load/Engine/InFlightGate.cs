namespace Harness.Load.Engine;

/// <summary>
/// Counts requests in flight and holds them to a limit (the in-flight cap, and never more than the
/// transport's connections): a request takes a slot before it is sent, so "sent" means on the wire,
/// and a start that cannot get a slot waits here (late), up to a deadline (then it is dropped).
/// The run waits here to drain.
/// </summary>
/// <remarks>
/// Waiters are served first come, first served: a freed slot is handed to the one that has waited longest,
/// and nobody takes a slot past a queue. Without that, a closed-model user whose answer just came in took
/// its own freed connection again before the woken waiters ran: a few users kept every connection, their
/// response times showed no wait, and the others starved until they were dropped.
/// </remarks>
internal sealed class InFlightGate
{
    private readonly LinkedList<Waiter> _queue = new();
    private int _count;
    private int _queued;
    private int _drainWaiters;
    private TaskCompletionSource _changed = NewSignal();

    public int Count => Volatile.Read(ref _count);

    /// <summary>Takes a slot when fewer than <paramref name="limit"/> are taken and nobody waits for one; atomic, so several senders can share the gate.</summary>
    public bool TryEnter(int limit) => Volatile.Read(ref _queued) == 0 && TryTake(limit);

    /// <summary>Takes a slot, waiting in line for one until <paramref name="timeout"/> passes or the run stops; false then. Never throws.</summary>
    public async ValueTask<bool> EnterAsync(int limit, TimeSpan timeout, TimeProvider clock, CancellationToken token)
    {
        Waiter waiter;
        LinkedListNode<Waiter> node;
        lock (_queue)
        {
            // Announced before the last try: an Exit that frees a slot after this try then sees the queue and hands it on.
            Interlocked.Increment(ref _queued);
            if (_queue.Count == 0 && TryTake(limit))
            {
                Interlocked.Decrement(ref _queued);
                return true;
            }

            waiter = new Waiter(limit);
            node = _queue.AddLast(waiter);
        }

        if (timeout > TimeSpan.Zero && !token.IsCancellationRequested)
        {
            await ((Task)waiter.Slot.Task).WaitAsync(timeout, clock, token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        lock (_queue)
        {
            if (waiter.Slot.TrySetResult(false))
            {
                // Gave up before a slot came: out of the line.
                _queue.Remove(node);
                Interlocked.Decrement(ref _queued);
                return false;
            }
        }

        if (token.IsCancellationRequested)
        {
            // Handed a slot in the instant of a stop: nothing leaves after the interrupt, so it goes back.
            Exit();
            return false;
        }

        // Handed a slot (possibly in the instant the wait ended): it is ours, whatever the timer said.
        return true;
    }

    public void Exit()
    {
        Interlocked.Decrement(ref _count);
        if (Volatile.Read(ref _queued) > 0)
        {
            HandOn();
        }

        // Only wake when someone waits to drain: a fresh signal per request would be garbage on the hot path.
        if (Volatile.Read(ref _drainWaiters) > 0)
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
        Interlocked.Increment(ref _drainWaiters);
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
            Interlocked.Decrement(ref _drainWaiters);
        }
    }

    // Gives free slots to the longest waiters, in order.
    private void HandOn()
    {
        lock (_queue)
        {
            while (_queue.First is { } first && TryTake(first.Value.Limit))
            {
                // Everyone in the line still waits: one that gives up leaves it under this lock.
                _queue.RemoveFirst();
                Interlocked.Decrement(ref _queued);
                first.Value.Slot.SetResult(true);
            }
        }
    }

    private bool TryTake(int limit)
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

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record Waiter(int Limit)
    {
        public TaskCompletionSource<bool> Slot { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
