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

    public static async ValueTask<BodyRead> FromAsync(HttpRequest request, int limit, CancellationToken cancellation)
    {
        var reader = request.BodyReader;
        var tooLarge = request.ContentLength > limit;
        if (request.ContentLength > (long)limit + DrainBytes)
        {
            return new(BodyReadStatus.TooLarge, default);
        }

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
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own limits (body size backstop, data rate) and broken chunked framing.
            return new(ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? BodyReadStatus.TooLarge : BodyReadStatus.Unreadable, default);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            return new(BodyReadStatus.Unreadable, default);
        }
    }
}
