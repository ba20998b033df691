namespace Harness.Generators.Broken;

/// <summary>What a broken case sends.</summary>
/// <param name="Body">The raw body bytes (may be empty, invalid UTF-8, or not JSON at all).</param>
/// <param name="ContentType">The Content-Type header; null means the header is omitted.</param>
/// <param name="Key">Which key the path carries (see <see cref="KeyVariants.PathFor"/>).</param>
/// <param name="ExtraHeaders">Headers to add beyond Content-Type.</param>
public sealed record BrokenRequest(
    byte[] Body,
    string? ContentType,
    KeyVariant Key,
    IReadOnlyList<KeyValuePair<string, string>> ExtraHeaders);
