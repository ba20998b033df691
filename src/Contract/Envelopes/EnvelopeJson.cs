using System.Text;
using System.Text.Json;

namespace Harness.Contract.Envelopes;

/// <summary>Writes and reads envelopes as UTF-8 JSON, without reflection.</summary>
public static class EnvelopeJson
{
    /// <summary>The media type of every answer.</summary>
    public const string ContentType = "application/json";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false };

    /// <summary>
    /// The envelope as UTF-8 JSON, in the spec's property order. A null <c>provider_code</c> is left
    /// out, as a receiver that does not send one (the contract's envelopes always carry it).
    /// </summary>
    public static byte[] ToUtf8(Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("error_code"u8, envelope.ErrorCode);
            writer.WriteString("error_msg"u8, envelope.ErrorMsg);
            writer.WritePropertyName("data"u8);
            writer.WriteRawValue(envelope.DataJson, skipInputValidation: false);
            if (envelope.ProviderCode is not null)
            {
                writer.WriteString("provider_code"u8, envelope.ProviderCode);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Reads an envelope from a response body. Returns false (with a reason) when the body is not
    /// a JSON object or a field has the wrong JSON type; absent fields come back as null.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> body, out Envelope? envelope, out string? problem)
    {
        envelope = null;
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = $"the body is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object";
                return false;
            }

            string? code = null, message = null, provider = null;
            var data = Envelope.DataAbsent;
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "error_code": code = ReadString(property); break;
                    case "error_msg": message = ReadString(property); break;
                    case "provider_code": provider = ReadString(property); break;
                    case "data": data = property.Value.GetRawText(); break;
                    default: break;
                }
            }

            envelope = new Envelope(code, message, data, provider);
            problem = null;
            return true;
        }
        catch (JsonException ex)
        {
            problem = $"the body is not JSON ({ex.Message})";
            return false;
        }
        catch (FormatException ex)
        {
            problem = ex.Message;
            return false;
        }
        catch (InvalidOperationException ex)
        {
            // A string that is not valid UTF-8 or holds a lone surrogate escape (\uD800): the target's fault, not ours.
            problem = $"a string in the body is not valid Unicode ({ex.Message})";
            return false;
        }
    }

    /// <summary>
    /// Finds the <c>error_code</c> string in a response body without building a document: a cheap
    /// probe for the load engine's hot path. Returns false when there is none.
    /// </summary>
    public static bool TryReadErrorCode(ReadOnlySpan<byte> body, out string? errorCode) => TryReadErrorCode(body, null, out errorCode);

    /// <summary>
    /// As <see cref="TryReadErrorCode(ReadOnlySpan{byte}, out string?)"/>, but a code equal to <paramref name="known"/>
    /// comes back as that same string: a load run reads the same code thousands of times a second, and this
    /// allocates nothing for it.
    /// </summary>
    public static bool TryReadErrorCode(ReadOnlySpan<byte> body, string? known, out string? errorCode)
    {
        errorCode = null;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("error_code"u8);
                reader.Read();
                if (isCode)
                {
                    errorCode = reader.TokenType != JsonTokenType.String ? null
                        : known is not null && reader.ValueTextEquals(known) ? known
                        : LenientString(ref reader);
                    return errorCode is not null;
                }

                reader.TrySkip();
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }

    /// <summary>
    /// The string token's value; a target may send invalid UTF-8 or a lone surrogate escape, which
    /// <see cref="Utf8JsonReader.GetString"/> refuses: those come back as their raw bytes decoded with
    /// U+FFFD in place of what is broken, so the answer still counts as an answer with an error code.
    /// </summary>
    private static string LenientString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
            return Encoding.UTF8.GetString(raw);
        }
    }

    private static string? ReadString(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => property.Value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new FormatException($"'{property.Name}' is a JSON {property.Value.ValueKind.ToString().ToLowerInvariant()}, not a string"),
    };
}
