using System.Globalization;
using System.Text;
using System.Xml;

namespace Harness.Runs;

/// <summary>
/// Text for an XML report (junit.xml) from a target or a run folder: XML 1.0 cannot carry most
/// control characters or a lone surrogate, and <see cref="XmlWriter"/> throws on them, so they are
/// shown as <c>\xNN</c> / <c>\uNNNN</c> escapes instead (the writer escapes <c>&lt; &amp; "</c> itself).
/// </summary>
internal static class XmlReportText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
            else
            {
                _ = c <= 0xFF
                    ? builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}")
                    : builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.ToString();
    }
}
