using System.Globalization;
using System.Text;

namespace Harness.Generators.Json;

/// <summary>
/// JSON text for payloads. Strings are written as real UTF-8 (CJK and emoji stay multi-byte on
/// the wire, which is the point of the multi-byte probes); only what JSON forces is escaped.
/// </summary>
internal static class JsonText
{
    /// <summary>A string as a JSON string literal.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        AppendQuoted(builder, text);
        return builder.ToString();
    }

    public static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('"');
    }

    /// <summary>An integer as JSON, independent of the current culture.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The UTF-8 bytes of JSON text, with no byte-order mark.</summary>
    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}
