using System.Buffers;
using System.Text;
using Harness.Contract;
using Harness.Contract.Validation;
using Harness.Fakes.Http;
using Harness.Fakes.Store;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Api;

/// <summary>A body in several pipe segments is judged and kept as if it had come in one.</summary>
public sealed class BodyVerdictTests
{
    private static readonly AlarmValidator Strict = new(Profile.Strict);

    [Theory]
    [InlineData(0)]
    [InlineData(ReceivedAlarm.MaxKeptBodyBytes)]
    public void TryAccept_BodyInThreeSegments_SameAlarmAsInOne(int padding)
    {
        var body = Encoding.UTF8.GetBytes(SpecBody.With("pad", SpecBody.Quote(new string('p', padding)))
            .Replace("CPU Usage", "CPU 用量", StringComparison.Ordinal));
        var cut = body.AsSpan().IndexOf("用"u8) + 1; // inside the character

        Assert.True(BodyVerdict.TryAccept(Strict, Segments(body, 5, cut), "application/json", out var split, out _));
        Assert.True(BodyVerdict.TryAccept(Strict, new ReadOnlySequence<byte>(body), "application/json", out var whole, out _));

        Assert.Equal("CPU 用量 Exceeding Threshold", split.Alarm.AlarmName);
        Assert.Equal(whole.Alarm.Texts(), split.Alarm.Texts());
        Assert.Equal(whole.AlarmId, split.AlarmId);
    }

    [Fact]
    public void TryAccept_InvalidBodyInSegments_RejectedWithTheValidatorsMessage()
    {
        var body = Encoding.UTF8.GetBytes(SpecBody.With("alarmLevel", "\"Severe\""));

        Assert.False(BodyVerdict.TryAccept(Strict, Segments(body, 3, 40), "application/json", out var accepted, out var rejection));
        Assert.Null(accepted);
        Assert.Equal(Strict.Validate(body, "application/json").ErrorMessage, rejection!.ErrorMessage);
    }

    private static ReadOnlySequence<byte> Segments(byte[] body, params int[] cuts)
    {
        var first = new Segment(body.AsMemory(0, cuts[0]), 0);
        var last = first;
        for (var i = 0; i < cuts.Length; i++)
        {
            var end = i + 1 < cuts.Length ? cuts[i + 1] : body.Length;
            last = last.Append(body.AsMemory(cuts[i], end - cuts[i]));
        }

        var sequence = new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
        Assert.False(sequence.IsSingleSegment);
        return sequence;
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
