namespace Harness.Fakes.Faults;

/// <summary>
/// One key's token bucket. A lock is enough: buckets exist only when a rate limit is configured,
/// and each key has its own, so contention is per key.
/// </summary>
internal sealed class TokenBucket(RateLimitSpec spec, TimeProvider time)
{
    private readonly Lock _gate = new();
    private double _tokens = spec.Burst;
    private long _lastRefill = time.GetTimestamp();

    /// <summary>Takes a token, or says how long until one is available.</summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            var refill = time.GetElapsedTime(_lastRefill, now).TotalSeconds * spec.PerSecond;
            _tokens = Math.Min(spec.Burst, _tokens + refill);
            _lastRefill = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = TimeSpan.FromSeconds((1 - _tokens) / spec.PerSecond);
            return false;
        }
    }

    /// <summary>Full again, as after a long idle time.</summary>
    public void Refill()
    {
        lock (_gate)
        {
            _tokens = spec.Burst;
            _lastRefill = time.GetTimestamp();
        }
    }

    /// <summary>The <c>Retry-After</c> header value: whole seconds, at least 1 (the header has no fractions).</summary>
    public static int RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
