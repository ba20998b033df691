namespace Harness.Load.Measurement;

/// <summary>
/// One lane's counts per envelope error code: a few slots, written by the lane's thread only (a run sees a
/// handful of codes), read by any thread. A code that finds no free slot is left to the caller's shared table.
/// </summary>
internal sealed class ErrorCodeTally
{
    private const int Slots = 8;
    private readonly string[] _codes = new string[Slots];
    private readonly long[] _counts = new long[Slots];
    private int _used;

    /// <summary>Counts one answer with <paramref name="code"/>; false when every slot holds another code.</summary>
    public bool TryCount(string code)
    {
        var used = _used;
        for (var i = 0; i < used; i++)
        {
            // The transport hands the same string instance for a repeated code, so this is a reference check.
            if (ReferenceEquals(_codes[i], code) || string.Equals(_codes[i], code, StringComparison.Ordinal))
            {
                MetricLane.Bump(ref _counts[i]);
                return true;
            }
        }

        if (used == Slots)
        {
            return false;
        }

        _codes[used] = code;
        _counts[used] = 1;
        // Published last, so a reader never sees a slot before its code.
        Volatile.Write(ref _used, used + 1);
        return true;
    }

    /// <summary>Adds this lane's counts into <paramref name="into"/>.</summary>
    public void AddTo(IDictionary<string, long> into)
    {
        var used = Volatile.Read(ref _used);
        for (var i = 0; i < used; i++)
        {
            into[_codes[i]] = into.TryGetValue(_codes[i], out var n) ? n + Volatile.Read(ref _counts[i]) : Volatile.Read(ref _counts[i]);
        }
    }
}
