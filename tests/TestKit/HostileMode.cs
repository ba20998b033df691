namespace Harness.TestKit;

/// <summary>How a <see cref="HostileTarget"/> answers every request.</summary>
public enum HostileMode
{
    /// <summary>A 400 envelope whose fields carry script tags, event handlers and a remote Markdown image.</summary>
    Html,

    /// <summary>A 400 envelope whose fields carry terminal escapes: clear screen, window title, an OSC 8 link, BEL.</summary>
    Ansi,

    /// <summary>A 400 envelope whose error_code is not UTF-8 (0xFF 0xFE) and whose error_msg is a lone surrogate escape.</summary>
    InvalidUtf8,

    /// <summary>A 200 with a Content-Length body of <see cref="HostileTarget.HugeBytes"/> bytes.</summary>
    Huge,

    /// <summary>A 200 with a chunked body that never ends (until the client goes away).</summary>
    ChunkedEndless,

    /// <summary>Reads the request and never answers.</summary>
    Silent,

    /// <summary>The success envelope, after <see cref="HostileTarget.SlowDelay"/>.</summary>
    Slow,
}
