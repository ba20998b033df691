using System.Text.Json.Nodes;

namespace Harness.Conformance.Fuzz;

/// <summary>
/// One random change to a valid body: an edit of its JSON tree, or of its bytes once written
/// (truncation, a stray byte), or of the Content-Type. <see cref="Description"/> is how reports name it.
/// </summary>
internal sealed record Mutation(string Description, Action<JsonObject>? Edit = null, Func<byte[], byte[]>? Bytes = null, string? ContentType = null)
{
    /// <summary>The field the mutation touches, when it touches one (the shrinker keeps it).</summary>
    public string? Field { get; init; }
}
