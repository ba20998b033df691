using Harness.Contract.Envelopes;

namespace Harness.Fakes.SelfTest;

/// <summary>
/// One request of the self-test and the answer DECISIONS.md expects under the profile in use.
/// <paramref name="Path"/> is relative to the receiver; <paramref name="Extra"/> checks what a
/// status and code cannot show (Retry-After, store counts), returning a problem or null.
/// </summary>
public sealed record SelfTestCase(
    string Row,
    string Title,
    HttpMethod Method,
    string Path,
    byte[]? Body,
    string? ContentType,
    ResponseKind Expected,
    string? Message = null,
    bool UseTokenReceiver = false,
    string? Token = null,
    Func<HttpResponseMessage, FakeStats, string?>? Extra = null,
    int SendTimes = 1);
