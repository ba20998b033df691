using Harness.Contract;
using Harness.Fakes.Faults;

namespace Harness.Fakes.Store;

/// <summary>One configured integration key: its counters and, with a rate limit, its bucket.</summary>
internal sealed class KeyState(int index, string key, TokenBucket? bucket)
{
    // Fields, not properties, so the hot path can Interlocked.Increment them.
    public long Accepted;
    public long Rejected;

    public int Index { get; } = index;
    public string Key { get; } = key;

    /// <summary>The key as it may be shown anywhere (<c>abcd***</c>).</summary>
    public string Redacted { get; } = Secrets.Redact(key);

    public TokenBucket? Bucket { get; } = bucket;

    public void Reset()
    {
        Interlocked.Exchange(ref Accepted, 0);
        Interlocked.Exchange(ref Rejected, 0);
        Bucket?.Refill();
    }
}
