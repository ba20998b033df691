using Harness.Load.Sharding;

namespace Harness.Load.Phases;

/// <summary>
/// Counts the arrivals an open phase's schedule actually drew (this shard's share) up to a moment.
/// achieved_rate compares sends with these, not with the mean rate: a Poisson run that drew fewer
/// arrivals than the mean and sent every one of them achieved 100%. Moments only move forward, so
/// the count is kept incrementally (the schedule is walked once).
/// </summary>
internal sealed class PlannedArrivals
{
    private readonly ArrivalSchedule _schedule;
    private readonly ShardSpec _shard;
    private long _index = -1;
    private long _count;
    private double _pending = double.NaN;

    public PlannedArrivals(OpenPhase phase, int seed, ShardSpec shard)
    {
        _schedule = new ArrivalSchedule(phase, seed);
        _shard = shard;
    }

    /// <summary>This shard's arrivals intended at or before <paramref name="seconds"/> from the phase start.</summary>
    public long CountUntil(double seconds)
    {
        while (true)
        {
            if (double.IsNaN(_pending))
            {
                if (!_schedule.TryNext(out var next))
                {
                    return _count;
                }

                _index++;
                if (!_shard.Owns(_index))
                {
                    continue;
                }

                _pending = next;
            }

            if (_pending > seconds)
            {
                return _count;
            }

            _count++;
            _pending = double.NaN;
        }
    }

    /// <summary>All of this shard's arrivals in the phase.</summary>
    public long Total() => CountUntil(double.PositiveInfinity);
}
