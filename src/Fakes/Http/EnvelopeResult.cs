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
        Write(httpContext.Response);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Sets the status and headers and puts the envelope in the response's buffer, without a
    /// flush: Kestrel sends headers and body together when the request ends, and the handler
    /// needs no asynchronous write.
    /// </summary>
    public void Write(HttpResponse response)
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

        response.BodyWriter.Write(Body.Span);
    }
}
