using System.Text;

namespace Harness.Load.Transport;

/// <summary>Case-insensitive ASCII comparisons on header bytes, without decoding to strings.</summary>
internal static class AsciiSpans
{
    public static bool EqualsAsciiIgnoreCase(this ReadOnlySpan<byte> span, ReadOnlySpan<byte> other) =>
        Ascii.EqualsIgnoreCase(span, other);

    public static bool ContainsAsciiIgnoreCase(this ReadOnlySpan<byte> span, ReadOnlySpan<byte> needle)
    {
        for (var i = 0; i + needle.Length <= span.Length; i++)
        {
            if (Ascii.EqualsIgnoreCase(span.Slice(i, needle.Length), needle))
            {
                return true;
            }
        }

        return false;
    }
}
