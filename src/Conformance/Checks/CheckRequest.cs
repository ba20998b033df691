using Harness.Generators.Broken;

namespace Harness.Conformance.Checks;

/// <summary>
/// One request of a check, independent of the target: the exact body bytes, the Content-Type
/// header (null = left out), which form of the key the path carries, and headers of its own.
/// <see cref="Path"/> replaces the key route when set (<c>{key}</c> stands for the valid key).
/// </summary>
internal sealed record CheckRequest(
    byte[] Body,
    string? ContentType,
    KeyVariant Key,
    IReadOnlyList<KeyValuePair<string, string>> ExtraHeaders,
    TokenMode Token = TokenMode.Configured,
    string Method = "POST",
    string? Path = null)
{
    /// <summary>Stands for the valid key in <see cref="Path"/>.</summary>
    public const string KeyPlaceholder = "{key}";

    public static CheckRequest Json(byte[] body) =>
        new(body, Harness.Contract.Validation.ContentTypeRule.Canonical, KeyVariant.Valid, []);
}
