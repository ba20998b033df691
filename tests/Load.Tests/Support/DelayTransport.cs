using Harness.Load.Payloads;
using Harness.Load.Transport;

namespace Harness.Load.Tests.Support;

/// <summary>A transport whose every answer is a 200 success after a fixed delay on the (fake) clock.</summary>
internal sealed class DelayTransport(TimeProvider clock, TimeSpan latency, int capacity = int.MaxValue) : ILoadTransport
{
    private int _sent;

    public string Name => "test-delay";

    public int Sent => Volatile.Read(ref _sent);

    public int Capacity => capacity;

    public async ValueTask<TransportResponse> SendAsync(PreparedRequest request, long deadline)
    {
        Interlocked.Increment(ref _sent);
        var sentAt = clock.GetTimestamp();
        await Task.Delay(latency, clock);
        return new TransportResponse(TransportFailure.None, 200, "COC.00000000", request.Wire.Length, 100, sentAt, clock.GetTimestamp());
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
