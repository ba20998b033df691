using Harness.Generators.Broken;

namespace Harness.Conformance.Checks;

/// <summary>
/// One request of a check, independent of the target: the exact body bytes, the Content-Type
/// header (null = left out), which form of the key the path carries, and headers of its own.
/// </summary>
internal sealed record CheckRequest(
    byte[] Body,
    string? ContentType,
    KeyVariant Key,
    IReadOnlyList<KeyValuePair<string, string>> ExtraHeaders,
    TokenMode Token = TokenMode.Configured)
{
    public static CheckRequest Json(byte[] body) =>
        new(body, Harness.Contract.Validation.ContentTypeRule.Canonical, KeyVariant.Valid, []);
}
