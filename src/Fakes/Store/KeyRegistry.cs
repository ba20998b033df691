using System.Collections.Frozen;
using Harness.Contract.Fields;
using Harness.Fakes.Faults;

namespace Harness.Fakes.Store;

/// <summary>The configured keys, looked up by span so authenticating a request allocates nothing.</summary>
internal sealed class KeyRegistry
{
    private readonly FrozenDictionary<string, KeyState>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public KeyRegistry(IReadOnlyList<string> keys, RateLimitSpec? rateLimit, TimeProvider time)
    {
        All = keys.Select((key, i) => new KeyState(i, key, rateLimit is null ? null : new TokenBucket(rateLimit, time))).ToArray();
        _lookup = All.ToFrozenDictionary(k => k.Key, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<KeyState> All { get; }

    /// <summary>The key's state, or why the (already percent-decoded) key is refused (DECISIONS rows 1 and 19).</summary>
    public RejectionReason Find(ReadOnlySpan<char> key, out KeyState? state)
    {
        state = null;
        if (key.IsEmpty)
        {
            return RejectionReason.KeyMissing;
        }

        if (key.Length > IntegrationKeyRule.MaxLength)
        {
            return RejectionReason.KeyTooLong;
        }

        return _lookup.TryGetValue(key, out state) ? RejectionReason.None : RejectionReason.KeyUnknown;
    }
}
