namespace Harness.Fakes.Store;

/// <summary>
/// A fixed-size ring of the latest accepted alarms. Writers claim a sequence number with one
/// Interlocked increment and store a reference in its slot; readers sort a snapshot by sequence.
/// Consecutive sequence numbers go to slots a cache line or more apart (<see cref="SlotOf"/>): two
/// cores storing at once would otherwise keep taking the same line of the array from each other.
/// </summary>
internal sealed class RecentAlarms
{
    /// <summary>References per 64-byte cache line: the ring is split in this many interleaved blocks.</summary>
    private const int Blocks = 8;

    private readonly RecentAlarm?[] _slots;
    private readonly int _blockLength;
    private long _sequence;

    public RecentAlarms(int capacity)
    {
        Capacity = capacity;
        _blockLength = (capacity + Blocks - 1) / Blocks;
        _slots = new RecentAlarm?[_blockLength * Blocks];
    }

    /// <summary>How many alarms a snapshot holds at most (the ring may keep up to seven more).</summary>
    public int Capacity { get; }

    /// <summary>The next sequence number (1-based), also used by the journal.</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public void Add(RecentAlarm alarm)
    {
        if (_slots.Length > 0)
        {
            Volatile.Write(ref _slots[SlotOf(alarm.Sequence - 1)], alarm);
        }
    }

    /// <summary>Newest first, at most <paramref name="limit"/> and <see cref="Capacity"/>.</summary>
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

        return taken.OrderByDescending(a => a.Sequence).Take(Math.Min(limit, Capacity)).ToList();
    }

    public void Reset()
    {
        Array.Clear(_slots);
        Interlocked.Exchange(ref _sequence, 0);
    }

    /// <summary>
    /// The slot of the zero-based position <paramref name="index"/>: position i goes to block i mod 8,
    /// at (i / 8) mod the block length within it, so the last <c>8 x block length</c> positions each
    /// have a slot of their own and neighbours are a block (a cache line or more, from 64 slots) apart.
    /// </summary>
    internal int SlotOf(long index) => (int)((index % Blocks * _blockLength) + (index / Blocks % _blockLength));
}
