using System.Text;
using Harness.Contract.Envelopes;

namespace Harness.Contract.Tests.Envelopes;

/// <summary>Bodies a hostile target sends: broken Unicode in error_code must not throw out of the readers.</summary>
public sealed class EnvelopeJsonHostileTests
{
    public static TheoryData<byte[]> BrokenCodes => new()
    {
        // 0xFF and a truncated two-byte sequence are not UTF-8.
        Concat("{\"error_code\":\"COC.", [0xFF, 0xC3], "\",\"error_msg\":\"x\"}"),
        // A lone high surrogate, escaped.
        Encoding.ASCII.GetBytes("{\"error_code\":\"COC.\\uD800\",\"error_msg\":\"x\"}"),
        // A lone low surrogate, escaped, after other text.
        Encoding.ASCII.GetBytes("{\"error_code\":\"\\uDC00abc\"}"),
    };

    [Theory]
    [MemberData(nameof(BrokenCodes))]
    public void TryReadErrorCode_BrokenUnicode_ReturnsTheCodeWithReplacementsInsteadOfThrowing(byte[] body)
    {
        Assert.True(EnvelopeJson.TryReadErrorCode(body, out var code));
        Assert.False(string.IsNullOrEmpty(code));
    }

    [Theory]
    [MemberData(nameof(BrokenCodes))]
    public void TryParse_BrokenUnicode_IsAProblemNotAnException(byte[] body)
    {
        Assert.False(EnvelopeJson.TryParse(body, out var envelope, out var problem));
        Assert.Null(envelope);
        Assert.Contains("Unicode", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_InvalidUtf8InAPropertyName_IsAProblemNotAnException()
    {
        Assert.False(EnvelopeJson.TryParse(Concat("{\"", [0xFE], "\":1}"), out _, out var problem));
        Assert.NotNull(problem);
    }

    private static byte[] Concat(string before, byte[] middle, string after) =>
        [.. Encoding.ASCII.GetBytes(before), .. middle, .. Encoding.ASCII.GetBytes(after)];
}
