using System.Runtime.CompilerServices;
using Harness.Load.Measurement;
using Harness.Load.Payloads;
using Harness.Load.Sharding;
using Harness.Load.Transport;

namespace Harness.Load.Engine;

/// <summary>What every phase runner shares: the clock, the transport, the prepared requests and the in-flight gate.</summary>
internal sealed class RunContext
{
    private readonly PreparedRequest[] _requests;
    private long _next = -1;

    public RunContext(LoadPlan plan, TimeProvider clock, ILoadTransport transport, PreparedRequest[] requests, CancellationToken token, CancellationToken stop = default)
    {
        Stop = stop.CanBeCanceled ? stop : token;
        Plan = plan;
        Clock = clock;
        Transport = transport;
        _requests = requests;
        Token = token;
        Limit = Math.Min(plan.MaxInFlight, transport.Capacity);
        TimeoutTicks = Ticks(plan.RequestTimeout);
    }

    /// <summary>Requests in flight at most: the plan's cap, and never more than the transport has connections for.</summary>
    public int Limit { get; }

    public LoadPlan Plan { get; }

    public TimeProvider Clock { get; }

    public ILoadTransport Transport { get; }

    public InFlightGate Gate { get; } = new();

    /// <summary>Where the open-model dispatcher stands: what the running achieved_rate may charge to the target.</summary>
    public DispatchProgress Progress { get; } = new();

    /// <summary>This agent's part of the run (the whole when not sharded).</summary>
    public ShardSpec Shard { get; init; } = ShardSpec.Whole;

    /// <summary>Ctrl+C: stop starting requests, and cancel those in flight.</summary>
    public CancellationToken Token { get; }

    /// <summary>Stop starting requests (Ctrl+C, or an abortOnFail threshold); those in flight end on their own unless <see cref="Token"/> is cancelled too.</summary>
    public CancellationToken Stop { get; }

    /// <summary>The request timeout in <see cref="Clock"/> ticks: a request's deadline is its intended send plus this.</summary>
    public long TimeoutTicks { get; }

    public long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Clock.TimestampFrequency);

    /// <summary>
    /// The payloads in turn (round robin, shared by every sender). A shard takes the positions of the
    /// whole stream that are its own (i, i+n, i+2n, ...), so no two shards send the same position.
    /// </summary>
    public PreparedRequest NextRequest() =>
        _requests[(int)((ulong)Shard.WholeIndex(Interlocked.Increment(ref _next)) % (ulong)_requests.Length)];

    /// <summary>
    /// Starts a request without waiting for it (open model); the caller holds a slot of the <see cref="Gate"/>.
    /// The send itself runs on the thread pool, so the dispatcher's one thread only keeps time, and the
    /// sockets' work spreads over the cores.
    /// </summary>
    public void Start(PreparedRequest request, long intendedAt, RunMetrics metrics)
    {
        metrics.CountSent();
        ThreadPool.UnsafeQueueUserWorkItem(static start => _ = start.Context.CompleteAsync(start.Request, start.IntendedAt, start.Metrics),
            new PendingStart(this, request, intendedAt, metrics), preferLocal: false);
    }

    /// <summary>Sends one request and books its outcome (the caller holds a slot of the <see cref="Gate"/>); never throws.</summary>
    public ValueTask<OutcomeKind> SendAsync(PreparedRequest request, long intendedAt, RunMetrics metrics)
    {
        metrics.CountSent();
        return CompleteAsync(request, intendedAt, metrics);
    }

    // The request is already counted as sent and in flight: from here it always ends in the books. A pooled
    // state machine: a closed-loop user awaits one request at a time, so its box is reused, not allocated per request.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<OutcomeKind> CompleteAsync(PreparedRequest request, long intendedAt, RunMetrics metrics)
    {
        TransportResponse response;
        try
        {
            // The timeout counts from the intended send: a wait for a connection is part of it.
            response = await Transport.SendAsync(request, intendedAt + TimeoutTicks).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A transport bug must not leak a request out of the books: it is a connection error.
        catch (Exception)
#pragma warning restore CA1031
        {
            response = Faulted();
        }

        var kind = metrics.Record(response, request, intendedAt);
        Gate.Exit();
        return kind;
    }

    /// <summary>How a request whose transport threw is booked: cancelled after Ctrl+C, a connection error otherwise.</summary>
    public TransportResponse Faulted()
    {
        var now = Clock.GetTimestamp();
        return TransportResponse.Failed(Token.IsCancellationRequested ? TransportFailure.Cancelled : TransportFailure.Connection, 0, 0, now, now);
    }

    private sealed record PendingStart(RunContext Context, PreparedRequest Request, long IntendedAt, RunMetrics Metrics);
}
