using System.Collections.Concurrent;
namespace Harness.Fakes.Store;

/// <summary>
/// The active alarms and their lifecycle counts (DECISIONS row 15): <c>alarm</c> (or no status)
/// raises or updates, <c>ok</c> clears, <c>ok</c> for an unknown alarm is an orphan recovery.
/// Lock-free; the active count is kept beside the dictionary because its Count takes every lock.
/// </summary>
internal sealed class AlarmStore(int maxTracked)
{
    private readonly ConcurrentDictionary<AlarmIdentity, StoredAlarm> _active = new();
    private long _activeCount;
    private long _raised;
    private long _updated;
    private long _cleared;
    private long _orphans;
    private long _untracked;

    public StoreOutcome Apply(int keyIndex, ReceivedAlarm alarm, DateTimeOffset now)
    {
        var id = new AlarmIdentity(keyIndex, alarm.AlarmId);
        if (alarm.IsRecovery)
        {
            if (_active.TryRemove(id, out _))
            {
                Interlocked.Decrement(ref _activeCount);
                Interlocked.Increment(ref _cleared);
                return StoreOutcome.Cleared;
            }

            Interlocked.Increment(ref _orphans);
            return StoreOutcome.OrphanRecovery;
        }

        while (true)
        {
            if (_active.TryGetValue(id, out var old))
            {
                if (_active.TryUpdate(id, old with { Received = alarm, LastSeen = now, Updates = old.Updates + 1 }, old))
                {
                    Interlocked.Increment(ref _updated);
                    return StoreOutcome.Updated;
                }
            }
            else if (Interlocked.Read(ref _activeCount) >= maxTracked)
            {
                // Counted as raised but not kept: memory stays bounded under endless unique ids.
                Interlocked.Increment(ref _raised);
                Interlocked.Increment(ref _untracked);
                return StoreOutcome.Raised;
            }
            else if (_active.TryAdd(id, new StoredAlarm(keyIndex, alarm, now, now, 0)))
            {
                Interlocked.Increment(ref _activeCount);
                Interlocked.Increment(ref _raised);
                return StoreOutcome.Raised;
            }
        }
    }

    public FakeAlarmCounts Counts() => new(
        Interlocked.Read(ref _activeCount), Interlocked.Read(ref _raised), Interlocked.Read(ref _updated),
        Interlocked.Read(ref _cleared), Interlocked.Read(ref _orphans), Interlocked.Read(ref _untracked));

    /// <summary>The active alarms, most recently seen first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<StoredAlarm> Active(int limit) =>
        _active.Values.OrderByDescending(a => a.LastSeen).ThenBy(a => a.Received.AlarmId, StringComparer.Ordinal).Take(limit).ToList();

    public void Reset()
    {
        _active.Clear();
        Interlocked.Exchange(ref _activeCount, 0);
        Interlocked.Exchange(ref _raised, 0);
        Interlocked.Exchange(ref _updated, 0);
        Interlocked.Exchange(ref _cleared, 0);
        Interlocked.Exchange(ref _orphans, 0);
        Interlocked.Exchange(ref _untracked, 0);
    }
}
