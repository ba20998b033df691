namespace Harness.Load.Transport.Http2;

/// <summary>The error codes (RFC 9113 section 7) this client sends or reacts to.</summary>
internal enum Http2ErrorCode : uint
{
    RefusedStream = 0x7,
    Cancel = 0x8,
}
