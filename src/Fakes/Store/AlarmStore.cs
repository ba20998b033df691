using System.Collections.Concurrent;
namespace Harness.Fakes.Store;

/// <summary>
/// The active alarms and their lifecycle counts (DECISIONS row 15): <c>alarm</c> (or no status)
/// raises or updates, <c>ok</c> clears, <c>ok</c> for an unknown alarm is an orphan recovery.
/// An update swaps the entry's alarm in place (<see cref="ActiveSlot"/>). The active count is
/// kept beside the dictionary because its Count takes every lock; the
/// lifecycle counts are striped (<see cref="StripedCounts"/>), as the hot path counts one per request.
/// </summary>
internal sealed class AlarmStore(int maxTracked)
{
    private const int Raised = 0;
    private const int Updated = 1;
    private const int Cleared = 2;
    private const int Orphans = 3;
    private const int Untracked = 4;

    private readonly ConcurrentDictionary<AlarmIdentity, ActiveSlot> _active = new();
    private readonly StripedCounts _counts = new(5);
    private long _activeCount;

    public StoreOutcome Apply(int keyIndex, ReceivedAlarm alarm, DateTimeOffset now)
    {
        var id = new AlarmIdentity(keyIndex, alarm.AlarmId);
        if (alarm.IsRecovery)
        {
            // Whoever swaps the alarm out clears it; a second recovery racing it finds nothing.
            if (_active.TryGetValue(id, out var cleared) && Interlocked.Exchange(ref cleared.Current, null) is not null)
            {
                _active.TryRemove(KeyValuePair.Create(id, cleared));
                Interlocked.Decrement(ref _activeCount);
                _counts.Increment(Cleared);
                return StoreOutcome.Cleared;
            }

            _counts.Increment(Orphans);
            return StoreOutcome.OrphanRecovery;
        }

        while (true)
        {
            if (_active.TryGetValue(id, out var slot))
            {
                var old = Volatile.Read(ref slot.Current);
                if (old is null)
                {
                    // Cleared a moment ago: help its entry out, then raise the alarm anew.
                    _active.TryRemove(KeyValuePair.Create(id, slot));
                }
                else if (Interlocked.CompareExchange(ref slot.Current, old with { Received = alarm, LastSeen = now, Updates = old.Updates + 1 }, old) == old)
                {
                    _counts.Increment(Updated);
                    return StoreOutcome.Updated;
                }
            }
            else if (Interlocked.Read(ref _activeCount) >= maxTracked)
            {
                // Counted as raised but not kept: memory stays bounded under endless unique ids.
                _counts.Increment(Raised);
                _counts.Increment(Untracked);
                return StoreOutcome.Raised;
            }
            else if (_active.TryAdd(id, new ActiveSlot(new StoredAlarm(keyIndex, alarm, now, now, 0))))
            {
                Interlocked.Increment(ref _activeCount);
                _counts.Increment(Raised);
                return StoreOutcome.Raised;
            }
        }
    }

    public FakeAlarmCounts Counts() => new(
        Interlocked.Read(ref _activeCount), _counts.Read(Raised), _counts.Read(Updated),
        _counts.Read(Cleared), _counts.Read(Orphans), _counts.Read(Untracked));

    /// <summary>The active alarms, most recently seen first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<StoredAlarm> Active(int limit) =>
        _active.Values.Select(s => Volatile.Read(ref s.Current)).OfType<StoredAlarm>().OrderByDescending(a => a.LastSeen).ThenBy(a => a.Received.AlarmId, StringComparer.Ordinal).Take(limit).ToList();

    public void Reset()
    {
        _active.Clear();
        Interlocked.Exchange(ref _activeCount, 0);
        _counts.Reset();
    }
}
