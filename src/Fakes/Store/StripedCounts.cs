namespace Harness.Fakes.Store;

/// <summary>
/// A fixed set of counters kept in <see cref="ProcessorStripes"/>, each stripe on cache lines of
/// its own; a count is the sum of its stripes. The receiver counts
/// several things on every request: with one shared counter each, two cores answering at once
/// kept taking those cache lines from each other.
/// </summary>
internal sealed class StripedCounts
{
    /// <summary>Longs per 64-byte cache line: the gap kept before, between and after the stripes.</summary>
    private const int LineLongs = 8;

    private readonly long[] _counts;
    private readonly int _stride;
    private readonly int _stripes;

    public StripedCounts(int length)
    {
        Length = length;
        _stripes = ProcessorStripes.Count;
        _stride = ((length + LineLongs - 1) / LineLongs * LineLongs) + LineLongs;
        _counts = new long[LineLongs + (_stripes * _stride)];
    }

    public int Length { get; }

    public void Increment(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Length, nameof(index));
        Interlocked.Increment(ref _counts[LineLongs + (ProcessorStripes.Current(_stripes) * _stride) + index]);
    }

    /// <summary>The count at <paramref name="index"/>: the sum over the stripes.</summary>
    public long Read(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Length, nameof(index));
        long sum = 0;
        for (var stripe = 0; stripe < _stripes; stripe++)
        {
            sum += Interlocked.Read(ref _counts[LineLongs + (stripe * _stride) + index]);
        }

        return sum;
    }

    /// <summary>Zeroes the counts at <paramref name="start"/> and the <paramref name="count"/> - 1 after it.</summary>
    public void Reset(int start, int count)
    {
        for (var stripe = 0; stripe < _stripes; stripe++)
        {
            for (var index = start; index < start + count; index++)
            {
                Interlocked.Exchange(ref _counts[LineLongs + (stripe * _stride) + index], 0);
            }
        }
    }

    public void Reset() => Reset(0, Length);
}
