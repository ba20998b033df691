using System.Buffers.Binary;

namespace Harness.Load.Transport.Http2;

/// <summary>What the server's SETTINGS frames told us (RFC 9113 section 6.5.2), defaults until it speaks.</summary>
internal sealed class PeerSettings
{
    /// <summary>Streams the server lets us have open at once (unlimited until it says).</summary>
    public int MaxConcurrentStreams { get; private set; } = int.MaxValue;

    public int InitialWindowSize { get; private set; } = Http2Frame.DefaultWindow;

    public int MaxFrameSize { get; private set; } = Http2Frame.DefaultMaxFrameSize;

    /// <summary>
    /// Applies one SETTINGS payload; returns how much the initial stream window changed (open streams'
    /// send windows move by as much), or null with <paramref name="problem"/> when the payload is invalid.
    /// </summary>
    public int? Apply(ReadOnlySpan<byte> payload, out string? problem)
    {
        problem = null;
        if (payload.Length % 6 != 0)
        {
            problem = "SETTINGS length not a multiple of 6";
            return null;
        }

        var delta = 0;
        for (var i = 0; i < payload.Length; i += 6)
        {
            var id = (SettingId)BinaryPrimitives.ReadUInt16BigEndian(payload[i..]);
            var value = BinaryPrimitives.ReadUInt32BigEndian(payload[(i + 2)..]);
            switch (id)
            {
                case SettingId.MaxConcurrentStreams:
                    MaxConcurrentStreams = (int)Math.Min(value, int.MaxValue);
                    break;
                case SettingId.InitialWindowSize when value > Http2Frame.MaxWindow:
                    problem = "SETTINGS_INITIAL_WINDOW_SIZE above 2^31-1";
                    return null;
                case SettingId.InitialWindowSize:
                    delta += (int)value - InitialWindowSize;
                    InitialWindowSize = (int)value;
                    break;
                case SettingId.MaxFrameSize when value is < Http2Frame.DefaultMaxFrameSize or > 16_777_215:
                    problem = "SETTINGS_MAX_FRAME_SIZE out of range";
                    return null;
                case SettingId.MaxFrameSize:
                    MaxFrameSize = (int)value;
                    break;
                default:
                    // Header table size: we never index what we send, so the server's table size does not bind us;
                    // unknown settings are ignored (section 6.5.2).
                    break;
            }
        }

        return delta;
    }
}
