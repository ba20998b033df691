namespace Harness.Conformance.Running;

/// <summary>
/// Spaces requests evenly so the suite never exceeds the polite rate (<c>--rps</c>), whatever the
/// concurrency: each caller takes the next free slot and waits for it.
/// </summary>
internal sealed class RateLimiter(double? requestsPerSecond, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly long _interval = requestsPerSecond is { } rps ? (long)(time.TimestampFrequency / rps) : 0;
    private long _next;

    public Task WaitAsync(CancellationToken ct)
    {
        if (_interval == 0)
        {
            return Task.CompletedTask;
        }

        long slot;
        var now = time.GetTimestamp();
        lock (_gate)
        {
            slot = Math.Max(now, _next);
            _next = slot + _interval;
        }

        var wait = slot - now;
        return wait <= 0 ? Task.CompletedTask
            : Task.Delay(TimeSpan.FromSeconds((double)wait / time.TimestampFrequency), time, ct);
    }
}
