using System.Collections.Concurrent;
using System.Globalization;
using Harness.Contract.Envelopes;
using Harness.Contract.Validation;

namespace Harness.Fakes.Http;

/// <summary>
/// Every answer the API route gives, serialized once: the fixed envelopes at start, and 400s by
/// their message in a bounded cache (a load run repeats the same broken bodies many times).
/// </summary>
internal sealed class EnvelopeResults
{
    private const int MaxCachedMessages = 4096;

    private readonly ConcurrentDictionary<string, EnvelopeResult> _badBodies = new(StringComparer.Ordinal);
    private readonly EnvelopeResult[] _bodyProblems;
    private readonly byte[] _throttledBody;

    public EnvelopeResults(int? throttleLimitPerSecond, int maxDepth)
    {
        Success = Fixed(ResponseKind.Success);
        Unauthorized = Fixed(ResponseKind.Unauthorized);
        NotFound = Fixed(ResponseKind.NotFound);
        MethodNotAllowed = Fixed(ResponseKind.MethodNotAllowed);
        TooLarge = Fixed(ResponseKind.TooLarge);
        ServerError = Fixed(ResponseKind.ServerError);
        UnreadableBody = Fixed(ResponseKind.BadBody);
        _bodyProblems = Enum.GetValues<BodyProblem>()
            .Select(p => p == BodyProblem.None ? UnreadableBody : Create(ResponseKind.BadBody, Messages.For(p, maxDepth)))
            .ToArray();
        _throttledBody = EnvelopeJson.ToUtf8(Envelope.For(ResponseKind.Throttled, ResponseCodes.ThrottledMessage(throttleLimitPerSecond ?? 0)));
    }

    public EnvelopeResult Success { get; }
    public EnvelopeResult Unauthorized { get; }
    public EnvelopeResult NotFound { get; }
    public EnvelopeResult MethodNotAllowed { get; }
    public EnvelopeResult TooLarge { get; }
    public EnvelopeResult ServerError { get; }

    /// <summary>A 400 for a request whose body could not be read at all (broken chunking, aborted upload).</summary>
    public EnvelopeResult UnreadableBody { get; }

    /// <summary>The 400 for a rejected body, carrying the validator's message.</summary>
    public EnvelopeResult BadBody(ValidationResult verdict)
    {
        if (verdict.Problem != BodyProblem.None)
        {
            return _bodyProblems[(int)verdict.Problem];
        }

        var message = verdict.ErrorMessage!;
        if (_badBodies.TryGetValue(message, out var cached))
        {
            return cached;
        }

        var result = Create(ResponseKind.BadBody, message);
        if (_badBodies.Count < MaxCachedMessages)
        {
            _badBodies.TryAdd(message, result);
        }

        return result;
    }

    /// <summary>A 429 with the gateway's message and the wait in whole seconds.</summary>
    public EnvelopeResult Throttled(int retryAfterSeconds) =>
        new(ResponseKind.Throttled, _throttledBody, retryAfterSeconds.ToString(CultureInfo.InvariantCulture));

    private static EnvelopeResult Fixed(ResponseKind kind) => new(kind, EnvelopeJson.ToUtf8(Envelope.For(kind)));

    private static EnvelopeResult Create(ResponseKind kind, string message) => new(kind, EnvelopeJson.ToUtf8(Envelope.For(kind, message)));
}
