using System.Globalization;
using System.Text;

namespace Harness.Contract;

/// <summary>
/// Makes text a target (or a run folder from elsewhere) supplied safe to print on a terminal:
/// every control character (C0 such as ESC and BEL, DEL, C1 such as CSI and OSC) and every
/// bidirectional override becomes a visible <c>\x1B</c>-style escape, so no target can clear the
/// screen, retitle the window, plant an OSC 8 link or reorder what the reader sees. The one place
/// that decides what is printable (ARCHITECTURE.md, "Untrusted input is data").
/// </summary>
public static class ConsoleText
{
    /// <summary>The text with every unsafe character shown as an escape; line breaks too, unless <paramref name="keepLineBreaks"/>.</summary>
    public static string Clean(string? text, bool keepLineBreaks = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        if (!HasUnsafe(text, keepLineBreaks))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (keepLineBreaks && c == '\n')
            {
                clean.Append(c);
            }
            else if (IsUnsafe(c))
            {
                clean.Append(c <= 0xFF
                    ? string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}")
                    : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
            }
            else
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>True for characters a terminal acts on rather than shows.</summary>
    public static bool IsUnsafe(char c) =>
        c < ' ' || c is (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    private static bool HasUnsafe(string text, bool keepLineBreaks)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c) && !(keepLineBreaks && c == '\n'))
            {
                return true;
            }
        }

        return false;
    }
}
