using System.Text.Json;
using System.Text.Unicode;
using Harness.Contract.Fields;

namespace Harness.Contract.Validation;

/// <summary>
/// Reads a body once into one <see cref="FieldSlot"/> per field of the table; unknown properties
/// are skipped (row 11). The common flat shape is read by <see cref="FlatBodyScanner"/>; any other
/// body, and so every rejection, by <see cref="Utf8JsonReader"/>, which decodes only escaped strings.
/// </summary>
internal static class BodyReader
{
    private static readonly byte[][] FieldNames = AlarmFields.All.Count == FieldSlots.Count
        ? AlarmFields.All.Select(f => System.Text.Encoding.UTF8.GetBytes(f.Name)).ToArray()
        : throw new InvalidOperationException($"FieldSlots.Count is {FieldSlots.Count}; the field table has {AlarmFields.All.Count} fields.");

    private static readonly int LongestFieldName = FieldNames.Max(n => n.Length);

    private static readonly JsonReaderOptions DefaultOptions = OptionsFor(ContractLimits.MaxDepth);

    private static JsonReaderOptions OptionsFor(int maxDepth) => new()
    {
        MaxDepth = maxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>The byte-order mark Jackson skips (row 18).</summary>
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Reads the body into the slots, or says why it cannot be read. <paramref name="ascii"/> is true
    /// when the body is known to be all ASCII, so its strings need no check each (false: unknown).
    /// </summary>
    public static BodyProblem Read(ReadOnlySpan<byte> body, Span<FieldSlot> slots, ReceiverProfile profile, out int bodyOffset, out bool ascii)
    {
        if (FlatBodyScanner.TryRead(body, slots, profile.MaxDepth, out ascii))
        {
            bodyOffset = 0;
            return BodyProblem.None;
        }

        // Not the common shape: the reader reads it from the start, into clean slots.
        ascii = false;
        slots.Clear();
        return ReadWithReader(body, slots, profile, out bodyOffset);
    }

    /// <summary>The reader's pass alone: every body the scanner leaves, and every rejection.</summary>
    internal static BodyProblem ReadWithReader(ReadOnlySpan<byte> body, Span<FieldSlot> slots, ReceiverProfile profile, out int bodyOffset)
    {
        bodyOffset = body.StartsWith(Bom) ? Bom.Length : 0;
        if (bodyOffset > 0 && !profile.SkipsByteOrderMark)
        {
            return BodyProblem.MalformedJson;
        }

        body = body[bodyOffset..];
        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            return BodyProblem.Empty;
        }

        if (!Utf8.IsValid(body))
        {
            return BodyProblem.InvalidUtf8;
        }

        var maxDepth = profile.MaxDepth;
        var options = maxDepth == ContractLimits.MaxDepth ? DefaultOptions : OptionsFor(maxDepth);
        var reader = new Utf8JsonReader(body, isFinalBlock: true, new JsonReaderState(options));
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                return reader.Read() ? BodyProblem.MalformedJson : BodyProblem.NotAnObject;
            }

            var index = -1;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                index = FieldIndex(ref reader, index + 1);
                reader.Read();
                if (index < 0)
                {
                    reader.Skip();
                }
                else
                {
                    slots[index] = ReadValue(ref reader);
                }
            }

            // Anything after the closing brace other than white space is malformed (Read throws).
            return reader.Read() ? BodyProblem.MalformedJson : BodyProblem.None;
        }
        catch (JsonException)
        {
            return OpensOneLevelTooMany(body, ref reader, maxDepth) ? BodyProblem.TooDeep : BodyProblem.MalformedJson;
        }
    }

    // The reader stops before the container that would exceed its limit (its depth then reads one
    // below the limit); any other error at that depth is plain malformed JSON.
    private static bool OpensOneLevelTooMany(ReadOnlySpan<byte> body, ref Utf8JsonReader reader, int maxDepth)
    {
        if (reader.CurrentDepth < maxDepth - 1)
        {
            return false;
        }

        var rest = body[(int)reader.BytesConsumed..].TrimStart(" \t\r\n,:"u8);
        return !rest.IsEmpty && rest[0] is (byte)'[' or (byte)'{';
    }

    /// <summary>The field the property names, or -1: an escaped name is compared unescaped.</summary>
    private static int FieldIndex(ref Utf8JsonReader reader, int likely)
    {
        if (!reader.ValueIsEscaped)
        {
            return FieldIndex(reader.ValueSpan, likely);
        }

        // An escape is at most six bytes per byte it stands for, so a longer name is no field's.
        Span<byte> name = stackalloc byte[LongestFieldName * 6];
        return reader.ValueSpan.Length <= name.Length ? FieldIndex(name[..reader.CopyString(name)], likely) : -1;
    }

    /// <summary>
    /// The field an unescaped property name names, or -1. Senders mostly write the fields in the
    /// table's order, so the search starts at <paramref name="likely"/> (the one after the last found) and wraps.
    /// </summary>
    internal static int FieldIndex(ReadOnlySpan<byte> name, int likely)
    {
        var start = likely > 0 && likely < FieldNames.Length ? likely : 0;
        for (var n = 0; n < FieldNames.Length; n++)
        {
            var i = start + n < FieldNames.Length ? start + n : start + n - FieldNames.Length;
            if (name.SequenceEqual(FieldNames[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// When the string token at <paramref name="i"/> is exactly the name of the field at
    /// <paramref name="index"/> (quotes included), the position just past it; else -1.
    /// </summary>
    internal static int ExpectedFieldName(ReadOnlySpan<byte> body, int i, int index)
    {
        if ((uint)index >= (uint)FieldNames.Length)
        {
            return -1;
        }

        var name = FieldNames[index];
        var closing = i + 1 + name.Length;
        return (uint)closing < (uint)body.Length && body[i] == '"' && body[closing] == '"' && body.Slice(i + 1, name.Length).SequenceEqual(name)
            ? closing + 1 : -1;
    }

    private static FieldSlot ReadValue(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                // Unescaped text is judged on its bytes (after the opening quote); only escaped text is decoded here.
                return reader.ValueIsEscaped
                    ? new FieldSlot { Kind = SlotKind.String, Text = reader.GetString() }
                    : new FieldSlot { Kind = SlotKind.String, Start = start + 1, Length = reader.ValueSpan.Length };
            case JsonTokenType.Number:
                return new FieldSlot { Kind = SlotKind.Number, Start = start, Length = reader.ValueSpan.Length };
            case JsonTokenType.True:
                return new FieldSlot { Kind = SlotKind.True };
            case JsonTokenType.False:
                return new FieldSlot { Kind = SlotKind.False };
            case JsonTokenType.Null:
                return new FieldSlot { Kind = SlotKind.Null };
            default:
                var kind = reader.TokenType == JsonTokenType.StartObject ? SlotKind.Object : SlotKind.Array;
                reader.Skip();
                return new FieldSlot { Kind = kind, Start = start, Length = (int)reader.BytesConsumed - start };
        }
    }
}
