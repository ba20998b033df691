using System.Buffers.Binary;

namespace Harness.Load.Transport.Http2;

/// <summary>The sizes and limits of RFC 9113 framing this client uses, and the 9-byte frame header.</summary>
internal static class Http2Frame
{
    public const int HeaderLength = 9;

    /// <summary>The frame size every endpoint accepts; we never ask for larger frames.</summary>
    public const int DefaultMaxFrameSize = 16_384;

    public const int DefaultWindow = 65_535;

    public const int MaxWindow = int.MaxValue;

    /// <summary>The highest stream id (31 bits): a connection whose ids run out is replaced.</summary>
    public const int MaxStreamId = int.MaxValue;

    /// <summary>The client connection preface (section 3.4).</summary>
    public static ReadOnlySpan<byte> Preface => "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"u8;

    public static void WriteHeader(Span<byte> destination, int length, FrameType type, FrameFlags flags, int streamId)
    {
        destination[0] = (byte)(length >> 16);
        destination[1] = (byte)(length >> 8);
        destination[2] = (byte)length;
        destination[3] = (byte)type;
        destination[4] = (byte)flags;
        BinaryPrimitives.WriteInt32BigEndian(destination[5..], streamId & MaxStreamId);
    }

    public static int ReadLength(ReadOnlySpan<byte> header) => (header[0] << 16) | (header[1] << 8) | header[2];

    public static int ReadStreamId(ReadOnlySpan<byte> header) => BinaryPrimitives.ReadInt32BigEndian(header[5..]) & MaxStreamId;
}
