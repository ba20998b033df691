using Harness.Contract;
using Harness.Fakes.Faults;

namespace Harness.Fakes.Store;

/// <summary>One configured integration key and, with a rate limit, its bucket (its counts are in <see cref="ReceiverCounters"/>).</summary>
internal sealed class KeyState(int index, string key, TokenBucket? bucket)
{
    public int Index { get; } = index;
    public string Key { get; } = key;

    /// <summary>The key as it may be shown anywhere (<c>abcd***</c>).</summary>
    public string Redacted { get; } = Secrets.Redact(key);

    public TokenBucket? Bucket { get; } = bucket;

    public void Reset() => Bucket?.Refill();
}
