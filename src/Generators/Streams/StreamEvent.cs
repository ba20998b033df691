using Harness.Generators.Valid;

namespace Harness.Generators.Streams;

/// <summary>One alarm of a stream, at its position in the stream.</summary>
/// <param name="Index">The position in the stream: with the stream's seed, it traces the event.</param>
/// <param name="Behaviour">Which behaviour produced it.</param>
/// <param name="Alarm">The alarm to send.</param>
public sealed record StreamEvent(long Index, StreamBehaviour Behaviour, GeneratedAlarm Alarm)
{
    /// <summary>The body as UTF-8 JSON.</summary>
    public byte[] ToUtf8() => Alarm.ToUtf8();
}
