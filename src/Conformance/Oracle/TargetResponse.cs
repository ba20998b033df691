using System.Text;

namespace Harness.Conformance.Oracle;

/// <summary>What the target answered to one request, or why it did not (a value, never an exception).</summary>
internal readonly record struct TargetResponse(int? Status, string? ContentType, byte[] Body, string? TransportError, double ElapsedMs)
{
    private const int ShownBodyChars = 600;

    /// <summary>The headers that tell who answered (<c>Server</c>, <c>Via</c>, <c>Location</c>), when there was an answer.</summary>
    public AnswerOrigin? Origin { get; init; }

    /// <summary>Set when the body was cut at the transport's cap: what was kept of how much.</summary>
    public string? BodyNote { get; init; }

    public static TargetResponse Failed(string error, double elapsedMs) => new(null, null, [], error, elapsedMs);

    /// <summary>The answer as one line for reports: status, Content-Type and (the start of) the body.</summary>
    public string Describe()
    {
        if (TransportError is not null)
        {
            return $"no answer: {TransportError}";
        }

        var body = Encoding.UTF8.GetString(Body);
        if (body.Length > ShownBodyChars)
        {
            body = string.Concat(body.AsSpan(0, ShownBodyChars), $"... ({Body.Length} bytes)");
        }

        var note = BodyNote is null ? "" : $" [{BodyNote}]";
        return $"{Status} {ContentType ?? "(no Content-Type)"} {body}".TrimEnd() + note;
    }
}
