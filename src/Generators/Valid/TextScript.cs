namespace Harness.Generators.Valid;

/// <summary>The kinds of text boundary probes are written in (DECISIONS row 4: lengths in UTF-16 units).</summary>
public enum TextScript
{
    /// <summary>ASCII letters: one unit and one byte each.</summary>
    Ascii,

    /// <summary>CJK ideographs: one unit, three UTF-8 bytes each.</summary>
    Cjk,

    /// <summary>Emoji outside the BMP: two units (a surrogate pair), four bytes each.</summary>
    Emoji,

    /// <summary>A letter followed by a combining accent: two units that render as one character.</summary>
    Combining,
}
