using Harness.Contract.Envelopes;

namespace Harness.Fakes.Tests.Support;

/// <summary>One answer of the receiver, its envelope already parsed and checked for shape.</summary>
internal sealed record Answer(int Status, Envelope Envelope, string? ContentType, HttpResponseMessage Response)
{
    /// <summary>Asserts the status and that the envelope carries that status's code (DECISIONS row 13).</summary>
    public Answer Is(ResponseKind kind)
    {
        var code = ResponseCodes.For(kind);
        Assert.True(code.Status == Status, $"expected {code.Status}, got {Status}: {Envelope.ErrorMsg}");
        Assert.Equal(code.ErrorCode, Envelope.ErrorCode);
        return this;
    }

    public Answer WithMessage(string message)
    {
        Assert.Equal(message, Envelope.ErrorMsg);
        return this;
    }
}
