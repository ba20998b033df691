using Harness.Contract.Fields;
using Microsoft.AspNetCore.Http;

namespace Harness.Fakes.Http;

/// <summary>
/// The API route's hot path: the first middleware, ahead of routing. A request whose path is the
/// route prefix (exact case) followed by at most one segment goes straight to
/// <see cref="AlarmApi.AnswerAsync"/>, with no route matching, endpoint selection or parameter
/// binding: the fake's throughput is measured against bare Kestrel (benchmarks/receiver), and that
/// machinery was a fifth of its own CPU per request. Everything else, odd shapes of the API path
/// included, carries on to the guard and routing, which map the same handler.
/// </summary>
internal static class IngestRoute
{
    public static RequestDelegate Before(RequestDelegate next, AlarmApi api) =>
        context => Takes(context.Request.Path.Value) ? api.AnswerAsync(context) : next(context);

    /// <summary>
    /// <c>{prefix}</c>, <c>{prefix}/</c>, <c>{prefix}/{key}</c> or <c>{prefix}/{key}/</c>: the shapes
    /// the route template <c>{prefix}/{key?}</c> matches, with the key segment not empty.
    /// </summary>
    internal static bool Takes(string? path)
    {
        if (path is null || !path.StartsWith(IntegrationKeyRule.RoutePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = path.AsSpan(IntegrationKeyRule.RoutePrefix.Length);
        if (rest.IsEmpty || rest.SequenceEqual("/"))
        {
            return true;
        }

        if (rest[0] != '/')
        {
            return false;
        }

        var segment = rest[1..];
        if (segment.EndsWith('/'))
        {
            segment = segment[..^1];
        }

        return !segment.IsEmpty && !segment.Contains('/');
    }
}
