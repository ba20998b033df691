using System.Collections.Concurrent;
using System.Net;
using Harness.Contract.Targets;
using Harness.Load.Payloads;
using Harness.Load.Tests.Support;
using Harness.Load.Transport.Http2;

namespace Harness.Load.Tests.Transport.Http2;

/// <summary>
/// How the requests that answers set off leave: a TLS stream hands the reader one record per read, and answers that
/// are all there at once must not cost the server one small write from us per record.
/// </summary>
public sealed class Http2WriteBatchingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Reader_AnswersInSeparateRecordsAllReadable_NextRequestsLeaveInOneWrite()
    {
        var wire = new ScriptedStream();
        var session = new Http2Session(wire, TimeProvider.System, _ => { });
        session.SendPreface();
        _ = new Http2Reader(session, wire).RunAsync();
        wire.Feed(Frame(FrameType.Settings, FrameFlags.None, 0, []));
        await session.Settled.WaitAsync(Patience);

        var target = new Uri("http://127.0.0.1:9/");
        var request = PreparedRequest.Prepare(Plans.Valid, TargetEndpoint.RouteFor(target, "testkey0123456789testkey012345678"), token: null);
        var head = Http2RequestHead.For(request, []);
        var connection = new Http2Connection([IPAddress.Loopback], 9, null, new ConcurrentQueue<Http2Stream>(), TimeProvider.System, CancellationToken.None);
        var deadline = TimeProvider.System.GetTimestamp() + (long)(Patience.TotalSeconds * TimeProvider.System.TimestampFrequency);
        // Four closed-loop users: each sends again on its slot as soon as its answer is in (on the reader's thread).
        var users = Enumerable.Range(0, 4).Select(_ => UserAsync(session, new Http2Stream(connection), request, head, deadline)).ToArray();
        await wire.WaitForStreamsAsync(4, Patience);
        var writesBefore = wire.Writes;

        // The four answers arrive in four records, all readable at once.
        wire.Feed([.. new[] { 1, 3, 5, 7 }.Select(id => Frame(FrameType.Headers, FrameFlags.EndHeaders | FrameFlags.EndStream, id, [0x88]))]);
        await wire.WaitForStreamsAsync(8, Patience);

        Assert.Equal(1, wire.Writes - writesBefore);
        Assert.All(users, u => Assert.False(u.IsFaulted));
    }

    [Fact]
    public async Task Reader_ServerKeepsTheSocketFull_FlushesWithoutWaitingForTheBurstToEnd()
    {
        var wire = new ScriptedStream();
        var session = new Http2Session(wire, TimeProvider.System, _ => { });
        session.SendPreface();
        _ = new Http2Reader(session, wire).RunAsync();
        wire.Feed(Frame(FrameType.Settings, FrameFlags.None, 0, []));
        await session.Settled.WaitAsync(Patience);
        await wire.WaitForWritesAsync(2, Patience); // the preface, then the SETTINGS acknowledgement
        var writesBefore = wire.Writes;

        // 200 KB of PINGs, all readable at once: their acknowledgements must not wait for the last one.
        wire.Feed([.. Enumerable.Range(0, 12_000).Select(_ => Frame(FrameType.Ping, FrameFlags.None, 0, new byte[8]))]);
        await wire.WaitForWritesAsync(writesBefore + 3, Patience);

        Assert.InRange(wire.Writes - writesBefore, 3, 5);
    }

    private static async Task UserAsync(Http2Session session, Http2Stream slot, PreparedRequest request, Http2RequestHead head, long deadline)
    {
        Assert.True(session.Start(slot, request, head, deadline));
        await slot.Answer.ConfigureAwait(false);
        Assert.True(session.Start(slot, request, head, deadline));
    }

    private static byte[] Frame(FrameType type, FrameFlags flags, int id, byte[] payload)
    {
        var frame = new byte[Http2Frame.HeaderLength + payload.Length];
        Http2Frame.WriteHeader(frame, payload.Length, type, flags, id);
        payload.CopyTo(frame.AsSpan(Http2Frame.HeaderLength));
        return frame;
    }

    /// <summary>
    /// A connection as a TLS stream looks to its reader: each read returns one fed record, at once while records wait,
    /// and waits when none does. Writes are counted, and the request HEADERS frames in them.
    /// </summary>
    private sealed class ScriptedStream : Stream
    {
        private readonly Lock _gate = new();
        private readonly Queue<byte[]> _records = new();
        private TaskCompletionSource? _waiting;
        private int _streams;
        private int _writes;

        public int Writes => Volatile.Read(ref _writes);

        public void Feed(params byte[][] records)
        {
            TaskCompletionSource? waiting;
            lock (_gate)
            {
                foreach (var record in records)
                {
                    _records.Enqueue(record);
                }

                (waiting, _waiting) = (_waiting, null);
            }

            waiting?.TrySetResult();
        }

        public async Task WaitForStreamsAsync(int count, TimeSpan patience)
        {
            var until = DateTime.UtcNow + patience;
            while (Volatile.Read(ref _streams) < count)
            {
                Assert.True(DateTime.UtcNow < until, $"{_streams} of {count} streams written");
                await Task.Delay(5);
            }
        }

        public async Task WaitForWritesAsync(int count, TimeSpan patience)
        {
            var until = DateTime.UtcNow + patience;
            while (Writes < count)
            {
                Assert.True(DateTime.UtcNow < until, $"{Writes} of {count} writes");
                await Task.Delay(5);
            }

            await Task.Delay(50); // let a reader that is still going finish its burst
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            while (true)
            {
                Task wait;
                lock (_gate)
                {
                    if (_records.TryDequeue(out var record))
                    {
                        record.CopyTo(buffer);
                        return record.Length;
                    }

                    wait = (_waiting ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
                }

                await wait.ConfigureAwait(false);
            }
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _writes);
            var data = buffer.Span;
            if (data.StartsWith(Http2Frame.Preface))
            {
                data = data[Http2Frame.Preface.Length..];
            }

            while (data.Length >= Http2Frame.HeaderLength)
            {
                var length = Http2Frame.ReadLength(data);
                if ((FrameType)data[3] == FrameType.Headers)
                {
                    Interlocked.Increment(ref _streams);
                }

                data = data[(Http2Frame.HeaderLength + length)..];
            }

            return ValueTask.CompletedTask;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
