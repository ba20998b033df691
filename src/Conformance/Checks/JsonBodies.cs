using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Harness.Conformance.Checks;

/// <summary>Edits JSON bodies for derived checks, writing real UTF-8 (no <c>\u</c> escapes) so byte counts mean what they say.</summary>
internal static class JsonBodies
{
    private static readonly JsonWriterOptions Writer = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static JsonObject Parse(byte[] body) =>
        JsonNode.Parse(body)?.AsObject() ?? throw new InvalidOperationException("A valid catalogue body is not a JSON object.");

    public static byte[] Write(JsonNode node)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, Writer))
        {
            node.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A copy of <paramref name="body"/> with <paramref name="edit"/> applied.</summary>
    public static byte[] With(byte[] body, Action<JsonObject> edit)
    {
        var root = Parse(body);
        edit(root);
        return Write(root);
    }
}
