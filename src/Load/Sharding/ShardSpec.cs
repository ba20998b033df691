using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Harness.Load.Sharding;

/// <summary>
/// Which part of a run this agent plays: shard <see cref="Index"/> (0-based) of <see cref="Count"/>.
/// </summary>
/// <remarks>
/// Every share is an interleaving of the whole: the shard owns the whole run's items whose index
/// is congruent to <see cref="Index"/> modulo <see cref="Count"/> (arrivals of an open phase,
/// virtual users of a closed phase, positions in the payload stream). The shares are therefore
/// disjoint, never differ by more than one, and add up exactly to the whole at every instant,
/// whatever the rate (fractional ones included), with no rounding of rates at all.
/// </remarks>
internal sealed record ShardSpec
{
    private ShardSpec(int index, int count)
    {
        Index = index;
        Count = count;
    }

    /// <summary>The whole run: one shard of one.</summary>
    public static ShardSpec Whole { get; } = new(0, 1);

    /// <summary>0-based: the first shard is 0 (as Kubernetes' <c>JOB_COMPLETION_INDEX</c> counts).</summary>
    public int Index { get; }

    /// <summary>How many shards the run has.</summary>
    public int Count { get; }

    /// <summary>As the command line spells it: 1-based, <c>2/3</c> is the second of three.</summary>
    public string Display => string.Create(CultureInfo.InvariantCulture, $"{Index + 1}/{Count}");

    /// <summary>Shard <paramref name="index"/> (0-based) of <paramref name="count"/>.</summary>
    public static ShardSpec Of(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        return new ShardSpec(index, count);
    }

    /// <summary>Parses <c>i/n</c> with 1 &lt;= i &lt;= n (1-based, as people count).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ShardSpec? shard, [NotNullWhen(false)] out string? error)
    {
        shard = null;
        var parts = (text ?? "").Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            error = $"'{text}' is not i/n (e.g. 2/3 for the second of three shards)";
            return false;
        }

        if (n < 1 || n > ShardLimits.MaxShards || i < 1 || i > n)
        {
            error = $"'{text}': need 1 <= i <= n <= {ShardLimits.MaxShards} (shards are numbered from 1 on the command line)";
            return false;
        }

        shard = new ShardSpec(i - 1, n);
        error = null;
        return true;
    }

    /// <summary>This shard's part of <paramref name="whole"/> indivisible things: the remainder goes one each to the first shards.</summary>
    public long ShareOf(long whole)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(whole);
        return (whole / Count) + (Index < whole % Count ? 1 : 0);
    }

    /// <summary>This shard's part of an int count (users), as <see cref="ShareOf(long)"/>.</summary>
    public int ShareOf(int whole) => (int)ShareOf((long)whole);

    /// <summary>Whether the whole run's item <paramref name="wholeIndex"/> is this shard's.</summary>
    public bool Owns(long wholeIndex) => wholeIndex % Count == Index;

    /// <summary>The whole run's index of this shard's <paramref name="localIndex"/>-th item.</summary>
    public long WholeIndex(long localIndex) => (localIndex * Count) + Index;

    /// <summary>
    /// This shard's iterations of an iterations phase shared by <paramref name="wholeUsers"/> users:
    /// split among the shards that have users at all, so no shard gets requests and no one to send them.
    /// </summary>
    public long IterationsOf(long wholeIterations, int wholeUsers)
    {
        var participating = Math.Min(Count, Math.Max(1, wholeUsers));
        if (Index >= participating)
        {
            return 0;
        }

        return (wholeIterations / participating) + (Index < wholeIterations % participating ? 1 : 0);
    }

    public override string ToString() => Display;
}
