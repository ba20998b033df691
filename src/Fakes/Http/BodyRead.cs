using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;

namespace Harness.Fakes.Http;

/// <summary>
/// Reads a body from the request pipe, counting bytes as they arrive (chunked or not: the
/// Content-Length header alone is never trusted). Over the limit, the rest is read and dropped
/// up to <see cref="DrainBytes"/> more, so the client finishes sending and sees its 413 instead
/// of a reset connection.
/// </summary>
internal readonly struct BodyRead(BodyReadStatus status, ReadOnlySequence<byte> buffer)
{
    /// <summary>How much past the limit is drained before giving up on the client.</summary>
    public const int DrainBytes = 16 * 1024 * 1024;

    public BodyReadStatus Status { get; } = status;
    public ReadOnlySequence<byte> Buffer { get; } = buffer;

    public static ValueTask<BodyRead> FromAsync(HttpRequest request, int limit, CancellationToken cancellation)
    {
        if (request.ContentLength > (long)limit + DrainBytes)
        {
            return ValueTask.FromResult(new BodyRead(BodyReadStatus.TooLarge, default));
        }

        // Most bodies are in Kestrel's buffer whole by the time the handler runs (they came with
        // the headers): take them without the asynchronous read and its state machines.
        var reader = request.BodyReader;
        try
        {
            if (request.ContentLength <= limit && reader.TryRead(out var ready))
            {
                if (ready.IsCompleted && ready.Buffer.Length <= limit)
                {
                    return ValueTask.FromResult(new BodyRead(BodyReadStatus.Complete, ready.Buffer));
                }

                // Not all there yet: leave it examined and wait for the rest below.
                reader.AdvanceTo(ready.Buffer.Start, ready.Buffer.End);
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException or OperationCanceledException)
        {
            return ValueTask.FromResult(Failed(ex));
        }

        return ReadAsync(request, limit, cancellation);
    }

    private static async ValueTask<BodyRead> ReadAsync(HttpRequest request, int limit, CancellationToken cancellation)
    {
        var reader = request.BodyReader;
        var tooLarge = request.ContentLength > limit;
        long drained = 0;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellation).ConfigureAwait(false);
                if (tooLarge || read.Buffer.Length > limit)
                {
                    tooLarge = true;
                    drained += read.Buffer.Length;
                    reader.AdvanceTo(read.Buffer.End);
                    if (read.IsCompleted || drained > (long)limit + DrainBytes)
                    {
                        return new(BodyReadStatus.TooLarge, default);
                    }

                    continue;
                }

                if (read.IsCompleted)
                {
                    return new(BodyReadStatus.Complete, read.Buffer);
                }

                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException or OperationCanceledException)
        {
            return Failed(ex);
        }
    }

    /// <summary>
    /// Kestrel's own limits (body size backstop, data rate) and broken chunked framing end a read
    /// with <see cref="BadHttpRequestException"/>; a client gone away with an I/O error.
    /// </summary>
    private static BodyRead Failed(Exception ex) =>
        new(ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } ? BodyReadStatus.TooLarge : BodyReadStatus.Unreadable, default);
}
