namespace Harness.Load.Transport.Http2;

/// <summary>The frame flags (RFC 9113 section 6) this client sets or reads.</summary>
[Flags]
internal enum FrameFlags : byte
{
    None = 0,
    EndStream = 0x1,

    // SETTINGS and PING use bit 0 for ACK; the frame type says which of the two it is.
    Ack = EndStream,
    EndHeaders = 0x4,
    Padded = 0x8,
    Priority = 0x20,
}
