using System.Buffers.Binary;

namespace Harness.Load.Transport.Http2;

/// <summary>The constants of RFC 9113 framing this client uses, and the 9-byte frame header.</summary>
internal static class Http2Frame
{
    public const int HeaderLength = 9;

    public const byte EndStream = 0x1;
    public const byte Ack = 0x1;
    public const byte EndHeaders = 0x4;
    public const byte Padded = 0x8;
    public const byte PriorityFlag = 0x20;

    /// <summary>The frame size every endpoint accepts; we never ask for larger frames.</summary>
    public const int DefaultMaxFrameSize = 16_384;

    public const int DefaultWindow = 65_535;

    public const int MaxWindow = int.MaxValue;

    /// <summary>The highest stream id (31 bits): a connection whose ids run out is replaced.</summary>
    public const int MaxStreamId = int.MaxValue;

    // Error codes (section 7) this client sends or reacts to.
    public const uint NoError = 0x0;
    public const uint ProtocolError = 0x1;
    public const uint RefusedStream = 0x7;
    public const uint Cancel = 0x8;

    // SETTINGS identifiers (section 6.5.2).
    public const ushort SettingsHeaderTableSize = 0x1;
    public const ushort SettingsEnablePush = 0x2;
    public const ushort SettingsMaxConcurrentStreams = 0x3;
    public const ushort SettingsInitialWindowSize = 0x4;
    public const ushort SettingsMaxFrameSize = 0x5;

    /// <summary>The client connection preface (section 3.4).</summary>
    public static ReadOnlySpan<byte> Preface => "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"u8;

    public static void WriteHeader(Span<byte> destination, int length, FrameType type, byte flags, int streamId)
    {
        destination[0] = (byte)(length >> 16);
        destination[1] = (byte)(length >> 8);
        destination[2] = (byte)length;
        destination[3] = (byte)type;
        destination[4] = flags;
        BinaryPrimitives.WriteInt32BigEndian(destination[5..], streamId & MaxStreamId);
    }

    public static int ReadLength(ReadOnlySpan<byte> header) => (header[0] << 16) | (header[1] << 8) | header[2];

    public static int ReadStreamId(ReadOnlySpan<byte> header) => BinaryPrimitives.ReadInt32BigEndian(header[5..]) & MaxStreamId;
}
