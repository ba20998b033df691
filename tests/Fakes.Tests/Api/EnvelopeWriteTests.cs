using System.IO.Pipelines;
using Harness.Contract.Envelopes;
using Harness.Fakes.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Harness.Fakes.Tests.Api;

/// <summary>
/// An answer starts the response (headers into Kestrel's buffer) before it writes the envelope
/// behind them; the envelope is never written before the start has completed, even when an
/// <c>OnStarting</c> callback makes the start asynchronous.
/// </summary>
public sealed class EnvelopeWriteTests
{
    [Fact]
    public async Task WriteAsync_StartCompletesAtOnce_EnvelopeWrittenAfterStartWithoutWaiting()
    {
        var (context, body) = ContextWith(Task.CompletedTask);
        var answer = new EnvelopeResults(null, Harness.Contract.ContractLimits.MaxDepth).Success;

        var written = answer.WriteAsync(context.Response);

        Assert.True(written.IsCompletedSuccessfully);
        await written;
        Assert.Equal(1, body.Starts);
        Assert.False(body.WroteBeforeStart);
        Assert.Equal(answer.Body.ToArray(), body.Written.ToArray());
        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(answer.Body.Length, context.Response.ContentLength);
        Assert.Equal(EnvelopeJson.ContentType, context.Response.ContentType);
    }

    [Fact]
    public async Task WriteAsync_StartStillRunning_EnvelopeWaitsForIt()
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (context, body) = ContextWith(start.Task);
        var answer = new EnvelopeResults(null, Harness.Contract.ContractLimits.MaxDepth).MethodNotAllowed;

        var written = answer.WriteAsync(context.Response);

        Assert.False(written.IsCompleted);
        Assert.Equal(0, body.Written.Length);
        start.SetResult();
        await written;
        Assert.False(body.WroteBeforeStart);
        Assert.Equal(answer.Body.ToArray(), body.Written.ToArray());
        Assert.Equal(405, context.Response.StatusCode);
        Assert.Equal("POST", context.Response.Headers.Allow.ToString());
    }

    private static (HttpContext Context, RecordingBody Body) ContextWith(Task start)
    {
        var context = new DefaultHttpContext();
        var body = new RecordingBody(start);
        context.Features.Set<IHttpResponseBodyFeature>(body);
        return (context, body);
    }

    /// <summary>A response body whose start completes when the test says, recording what is written and when.</summary>
    private sealed class RecordingBody(Task start) : PipeWriter, IHttpResponseBodyFeature
    {
        private readonly byte[] _buffer = new byte[4096];

        public int Starts { get; private set; }
        public bool WroteBeforeStart { get; private set; }
        public MemoryStream Written { get; } = new();

        public Stream Stream => AsStream();
        public PipeWriter Writer => this;

        public Task StartAsync(CancellationToken cancellationToken = default)
        {
            Starts++;
            return start;
        }

        public override void Advance(int bytes)
        {
            WroteBeforeStart |= Starts == 0 || !start.IsCompleted;
            Written.Write(_buffer, 0, bytes);
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) => _buffer;
        public override Span<byte> GetSpan(int sizeHint = 0) => _buffer;
        public override void CancelPendingFlush() { }
        public override void Complete(Exception? exception = null) { }
        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => new(new FlushResult(false, false));
        public void DisableBuffering() { }
        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task CompleteAsync() => Task.CompletedTask;
    }
}
