using System.Buffers;
using System.Text;

namespace Harness.Generators.Json;

/// <summary>
/// Writes JSON straight to UTF-8 for the hot generation path: strings that need no escaping (the
/// generated ones) are transcoded in one call; the rest go through <see cref="JsonText"/>.
/// </summary>
internal static class Utf8JsonText
{
    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    public static void Quoted(ArrayBufferWriter<byte> writer, string text)
    {
        if (text.AsSpan().ContainsAny(NeedsEscape))
        {
            Plain(writer, JsonText.Quote(text));
            return;
        }

        var span = writer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + 2);
        span[0] = (byte)'"';
        var written = Encoding.UTF8.GetBytes(text, span[1..]);
        span[written + 1] = (byte)'"';
        writer.Advance(written + 2);
    }

    public static void Number(ArrayBufferWriter<byte> writer, long value)
    {
        var span = writer.GetSpan(20);
        value.TryFormat(span, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        writer.Advance(written);
    }

    private static void Plain(ArrayBufferWriter<byte> writer, string text)
    {
        var span = writer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        writer.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
