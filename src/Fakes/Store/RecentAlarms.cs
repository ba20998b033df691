namespace Harness.Fakes.Store;

/// <summary>
/// A fixed-size ring of the latest accepted alarms. Writers claim a slot with one Interlocked
/// increment and store a reference; readers sort a snapshot by sequence.
/// </summary>
internal sealed class RecentAlarms(int capacity)
{
    private readonly RecentAlarm?[] _slots = new RecentAlarm?[capacity];
    private long _sequence;

    public int Capacity => _slots.Length;

    /// <summary>The next sequence number (1-based), also used by the journal.</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public void Add(RecentAlarm alarm)
    {
        if (_slots.Length > 0)
        {
            Volatile.Write(ref _slots[(int)((alarm.Sequence - 1) % _slots.Length)], alarm);
        }
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<RecentAlarm> Snapshot(int limit)
    {
        var taken = new List<RecentAlarm>(_slots.Length);
        for (var i = 0; i < _slots.Length; i++)
        {
            if (Volatile.Read(ref _slots[i]) is { } alarm)
            {
                taken.Add(alarm);
            }
        }

        return taken.OrderByDescending(a => a.Sequence).Take(limit).ToList();
    }

    public void Reset()
    {
        Array.Clear(_slots);
        Interlocked.Exchange(ref _sequence, 0);
    }
}
