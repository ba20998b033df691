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

        return UnescapeSurrogatePairs(buffer.WrittenSpan);
    }

    /// <summary>
    /// Every encoder of System.Text.Json escapes characters beyond the BMP (an emoji becomes
    /// <c>\uD83D\uDD25</c>); written back as their four UTF-8 bytes, the body carries what its title
    /// says (an emoji probe's byte count) and tests a receiver's UTF-8 decoding, not only its JSON escapes.
    /// </summary>
    internal static byte[] UnescapeSurrogatePairs(ReadOnlySpan<byte> json)
    {
        var output = new List<byte>(json.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] != (byte)'\\')
            {
                output.Add(json[i]);
                continue;
            }

            if (TryPair(json[i..], out var scalar))
            {
                var length = new System.Text.Rune(scalar).EncodeToUtf8(utf8);
                output.AddRange(utf8[..length]);
                i += 11;
                continue;
            }

            // Any other escape is copied whole, so an escaped backslash never starts a false match.
            output.Add(json[i]);
            output.Add(json[++i]);
        }

        return [.. output];
    }

    private static bool TryPair(ReadOnlySpan<byte> escape, out int scalar)
    {
        scalar = 0;
        if (escape.Length < 12 || escape[1] != (byte)'u' || escape[6] != (byte)'\\' || escape[7] != (byte)'u'
            || !ushort.TryParse(escape.Slice(2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var high)
            || !ushort.TryParse(escape.Slice(8, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var low)
            || !char.IsHighSurrogate((char)high) || !char.IsLowSurrogate((char)low))
        {
            return false;
        }

        scalar = char.ConvertToUtf32((char)high, (char)low);
        return true;
    }

    /// <summary>A copy of <paramref name="body"/> with <paramref name="edit"/> applied.</summary>
    public static byte[] With(byte[] body, Action<JsonObject> edit)
    {
        var root = Parse(body);
        edit(root);
        return Write(root);
    }
}
