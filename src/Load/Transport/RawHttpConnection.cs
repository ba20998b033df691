using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Security.Authentication;
using Harness.Contract.Envelopes;
using Harness.Load.Payloads;

namespace Harness.Load.Transport;

/// <summary>
/// One keep-alive HTTP/1.1 connection, plain or TLS: writes a prepared request, reads the answer into a
/// reused buffer, and probes the envelope's error_code. One request at a time (no pipelining).
/// </summary>
internal sealed partial class RawHttpConnection : IOwnedConnection, IDisposable
{
    private readonly IPAddress[] _addresses;
    private readonly int _port;
    private readonly TimeProvider _clock;
    private readonly SslClientAuthenticationOptions? _tlsOptions;
    private readonly CancellationToken _runToken;
    private readonly ConcurrentQueue<RawHttpConnection> _idle;
    private readonly CancellationTokenRegistration _onRunCancelled;
    // Taken only on the rare paths (the watchdog closing an overdue request, a request ending after that): the
    // hot path arms and disarms the deadline with a plain write and one compare-exchange, no lock.
    private readonly Lock _gate = new();
    // 0: no request on this connection; > 0: the running request's deadline; Claimed: the watchdog timed it out.
    private long _deadline;
    private const long Claimed = -1;
    private bool _timedOut;
    private Socket? _socket;
    // Over the socket for an https:// target; null for plain HTTP (the socket is then used directly: no stream layer).
    private SslStream? _tls;
    private readonly RawResponseReader _reader = new();
    // The code of the last answer: the next one most likely has the same, and then reuses this string.
    private string? _lastErrorCode;

    public RawHttpConnection(IPAddress[] addresses, int port, SslClientAuthenticationOptions? tls, ConcurrentQueue<RawHttpConnection> idle, TimeProvider clock, CancellationToken runToken)
    {
        _idle = idle;
        _addresses = addresses;
        _port = port;
        _tlsOptions = tls;
        _clock = clock;
        _runToken = runToken;
        // Ctrl+C must not wait for a slow answer: closing the socket ends the pending read at once.
        _onRunCancelled = runToken.Register(static state => ((RawHttpConnection)state!).Close(), this);
    }

    /// <summary>
    /// Sends one request on this connection and reads its answer. A shared connection (<paramref name="giveBack"/>: the
    /// caller took it from <c>idle</c>) puts itself back there when done, so the transport adds no async layer of its
    /// own per request; a connection that a closed-loop user holds for a phase stays with that user.
    /// <paramref name="sentAt"/> is when the caller handed the request over: the start of its service time.
    /// </summary>
    // Pooled state machine: one request at a time per connection, so its box is reused. The answer is received and
    // parsed here too (the reader is synchronous): one async method per request in the transport.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<TransportResponse> SendAsync(PreparedRequest request, long sentAt, long deadline, bool giveBack)
    {
        try
        {
            if (_runToken.IsCancellationRequested)
            {
                // After Ctrl+C nothing more leaves, not even a request that was already on its way here.
                return TransportResponse.Failed(TransportFailure.Cancelled, 0, 0, sentAt, sentAt);
            }

            if (sentAt >= deadline)
            {
                return TransportResponse.Failed(TransportFailure.Timeout, 0, 0, sentAt, sentAt);
            }

            // The transport's watchdog closes the socket once this deadline passes: two timer changes per
            // request (CancelAfter, then reset) cost more than the rest of the hot path. The deadline counts
            // from the intended send, so time spent waiting for this connection counts against the timeout.
            // Nobody else writes either field while no request runs here (_deadline is 0), so plain writes arm it.
            Volatile.Write(ref _timedOut, false);
            Volatile.Write(ref _deadline, deadline);

            var retried = false;
            while (true)
            {
                var reused = _socket is not null;
                int bytesIn = 0, bytesOut = 0;
                try
                {
                    if (_socket is null && !await ConnectAsync(deadline).ConfigureAwait(false))
                    {
                        return TransportResponse.Failed(Failure(), 0, 0, sentAt, _clock.GetTimestamp());
                    }

                    // Read once: a Ctrl+C may close the connection (and clear the fields) at any moment.
                    var socket = _socket ?? throw new ObjectDisposedException(nameof(RawHttpConnection));
                    var tls = _tls;
                    if (tls is null && _tlsOptions is not null)
                    {
                        throw new ObjectDisposedException(nameof(RawHttpConnection));
                    }

                    if (tls is null)
                    {
                        // Straight on the socket, in this method: no state machine of its own per request. The socket is
                        // non-blocking, so this send takes what the kernel accepts now (all of a request, almost always)
                        // without the asynchronous machinery; only a send buffer that is full makes it wait for the rest.
                        ReadOnlyMemory<byte> wire = request.Wire.AsMemory(SendNow(socket, request.Wire));
                        while (!wire.IsEmpty)
                        {
                            wire = wire[await socket.SendAsync(wire, SocketFlags.None).ConfigureAwait(false)..];
                        }
                    }
                    else
                    {
                        // One write of head and body together: one TLS record, no flush (SslStream writes through).
                        await tls.WriteAsync(request.Wire).ConfigureAwait(false);
                    }

                    // Bytes count bodies on every transport (HttpClient cannot see heads, TLS or HTTP/2 framing).
                    bytesOut = request.Payload.Body.Length;
                    var reader = _reader;
                    reader.Begin();
                    while (!reader.Received(tls is null
                        ? await socket.ReceiveAsync(reader.Space, SocketFlags.None).ConfigureAwait(false)
                        : await tls.ReadAsync(reader.Space).ConfigureAwait(false)))
                    {
                    }

                    bytesIn = reader.Read;
                    var status = reader.Head.Status;
                    if (status == 0)
                    {
                        // The server closed a kept-alive connection before answering: retry once on a new one.
                        Close();
                        if (reused && bytesIn == 0 && !retried && !_runToken.IsCancellationRequested && !TimedOut)
                        {
                            retried = true;
                            continue;
                        }

                        return TransportResponse.Failed(Failure(), bytesOut, 0, sentAt, _clock.GetTimestamp());
                    }

                    var completedAt = _clock.GetTimestamp();
                    var body = reader.Body;
                    EnvelopeJson.TryReadErrorCode(body.Span, _lastErrorCode, out var errorCode);
                    _lastErrorCode = errorCode ?? _lastErrorCode;
                    if (reader.Head.Close)
                    {
                        Close();
                    }

                    return new TransportResponse(TransportFailure.None, status, errorCode, bytesOut, body.Length, sentAt, completedAt);
                }
                catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException or IOException)
                {
                    Close();
                    // A kept-alive connection the server had closed: reset (plain) or an IOException around the reset (TLS).
                    if (reused && bytesIn == 0 && !retried && (ex is SocketException || ex.InnerException is SocketException)
                        && !_runToken.IsCancellationRequested && !TimedOut)
                    {
                        retried = true;
                        continue;
                    }

                    return TransportResponse.Failed(Failure(), bytesOut, 0, sentAt, _clock.GetTimestamp());
                }
            }
        }
        finally
        {
            // Free again only once this request is done with the connection (whatever happened).
            Disarm(deadline);

            if (giveBack)
            {
                _idle.Enqueue(this);
            }
        }
    }

    // What the kernel takes of <paramref name="wire"/> without waiting (the socket is non-blocking): 0 when its buffer is full.
    private static int SendNow(Socket socket, ReadOnlySpan<byte> wire)
    {
        var sent = socket.Send(wire, SocketFlags.None, out var error);
        return error switch
        {
            SocketError.Success => sent,
            SocketError.WouldBlock => 0,
            _ => throw new SocketException((int)error),
        };
    }

    ValueTask<TransportResponse> IOwnedConnection.SendAsync(PreparedRequest request, long sentAt, long deadline) =>
        SendAsync(request, sentAt, deadline, giveBack: false);
}
