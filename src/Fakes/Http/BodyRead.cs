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

    /// <summary>
    /// The body if Kestrel holds it whole already, as most bodies are by the time the handler runs
    /// (they came with the headers): taken without an asynchronous read or its state machines.
    /// <see cref="BodyReadStatus.Pending"/> when more is to come (then <see cref="ReadAsync"/>).
    /// </summary>
    public static BodyRead Buffered(HttpRequest request, int limit)
    {
        if (request.ContentLength > (long)limit + DrainBytes)
        {
            return new(BodyReadStatus.TooLarge, default);
        }

        var reader = request.BodyReader;
        try
        {
            if (request.ContentLength <= limit && reader.TryRead(out var ready))
            {
                if (ready.IsCompleted && ready.Buffer.Length <= limit)
                {
                    return new(BodyReadStatus.Complete, ready.Buffer);
                }

                // Not all there yet: leave it examined and wait for the rest in ReadAsync.
                reader.AdvanceTo(ready.Buffer.Start, ready.Buffer.End);
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException or OperationCanceledException)
        {
            return Failed(ex);
        }

        return new(BodyReadStatus.Pending, default);
    }

    /// <summary>Reads the body as it arrives, after <see cref="Buffered"/> found it incomplete.</summary>
    public static async ValueTask<BodyRead> ReadAsync(HttpRequest request, int limit, CancellationToken cancellation)
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
