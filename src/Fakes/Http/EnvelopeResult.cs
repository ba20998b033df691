using System.Buffers;
using Harness.Contract.Envelopes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Harness.Fakes.Http;

/// <summary>
/// An answer of the API route: a status and its envelope, already serialized. Fixed envelopes
/// are built once and shared, so answering them allocates nothing.
/// </summary>
internal sealed class EnvelopeResult(ResponseKind kind, byte[] body, string? retryAfterSeconds = null)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private static readonly string AllowedMethods = HttpMethods.Post;

    public ResponseKind Kind { get; } = kind;

    public int StatusCode { get; } = ResponseCodes.For(kind).Status;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType => EnvelopeJson.ContentType;

    /// <summary>The serialized envelope.</summary>
    public ReadOnlyMemory<byte> Body { get; } = body;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return WriteAsync(httpContext.Response);
    }

    /// <summary>
    /// Sets the status and headers, starts the response, and puts the envelope in the response's
    /// buffer behind the headers, without a flush: Kestrel sends it all when the request ends. Starting
    /// first matters: an envelope written before the start is parked in a buffer of its own and copied
    /// behind the headers at the end (Kestrel's "data written before headers", about half a percent of the
    /// fake's CPU). Starting only writes the headers into the buffer, and completes at once unless
    /// an <c>OnStarting</c> callback is asynchronous (the fake registers none; then it is awaited).
    /// </summary>
    public Task WriteAsync(HttpResponse response)
    {
        response.StatusCode = StatusCode;
        response.ContentType = EnvelopeJson.ContentType;
        response.ContentLength = Body.Length;
        if (retryAfterSeconds is not null)
        {
            response.Headers.RetryAfter = retryAfterSeconds;
        }

        if (Kind == ResponseKind.MethodNotAllowed)
        {
            response.Headers.Allow = AllowedMethods;
        }

        var started = response.StartAsync();
        if (!started.IsCompletedSuccessfully)
        {
            return WriteAfterStartAsync(response, started);
        }

        response.BodyWriter.Write(Body.Span);
        return Task.CompletedTask;
    }

    private async Task WriteAfterStartAsync(HttpResponse response, Task started)
    {
        await started.ConfigureAwait(false);
        response.BodyWriter.Write(Body.Span);
    }
}
