using System.Text;
using Harness.Load.Transport;

namespace Harness.Load.Tests.Transport;

public class HttpResponseHeadTests
{
    [Fact]
    public void TryParse_CompleteHead_ReadsStatusLengthAndConnection()
    {
        var bytes = Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\ncontent-length: 17\r\nConnection: close\r\n\r\n{\"error_code\":1}");

        Assert.True(HttpResponseHead.TryParse(bytes, out var head, out var malformed));
        Assert.False(malformed);
        Assert.Equal(400, head.Status);
        Assert.Equal(17, head.ContentLength);
        Assert.True(head.Close);
        Assert.False(head.Chunked);
        Assert.Equal(bytes.Length - 16, head.HeadLength);
    }

    [Fact]
    public void TryParse_IncompleteHead_AsksForMore()
    {
        Assert.False(HttpResponseHead.TryParse("HTTP/1.1 200 OK\r\nContent-Le"u8, out _, out var malformed));
        Assert.False(malformed);
    }

    [Fact]
    public void TryParse_NotHttp_IsMalformed()
    {
        Assert.False(HttpResponseHead.TryParse("SSH-2.0-OpenSSH\r\n\r\n"u8, out _, out var malformed));
        Assert.True(malformed);
    }

    [Fact]
    public void TryParse_NamesThatOnlyStartLikeTheOnesRead_AreIgnored()
    {
        // One pass tells the headers it reads by the colon at their name's length: longer names sharing the start must not count.
        var bytes = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Length-Hint: 99\r\nX-Connection: close\r\nConnectionX: close\r\nTransfer-Encoding-Note: chunked\r\nCONTENT-LENGTH: 2\r\n\r\n{}");

        Assert.True(HttpResponseHead.TryParse(bytes, out var head, out var malformed));
        Assert.False(malformed);
        Assert.Equal(2, head.ContentLength);
        Assert.False(head.Close);
        Assert.False(head.Chunked);
        Assert.Equal(bytes.Length - 2, head.HeadLength);
    }

    [Fact]
    public void TryParse_HeadArrivingByteByByte_CompletesOnlyAtTheEmptyLine()
    {
        var bytes = Encoding.ASCII.GetBytes("HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n");
        var headLength = bytes.Length - 5;

        for (var n = 0; n < headLength; n++)
        {
            Assert.False(HttpResponseHead.TryParse(bytes.AsSpan(0, n), out _, out var partialMalformed), $"complete after {n} bytes");
            Assert.False(partialMalformed);
        }

        Assert.True(HttpResponseHead.TryParse(bytes.AsSpan(0, headLength), out var head, out _));
        Assert.Equal((201, headLength, true, true), (head.Status, head.HeadLength, head.Chunked, head.Close));
    }

    [Theory]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: many\r\n\r\n")]
    [InlineData("HTTP/1.1 2x0 OK\r\n\r\n")]
    [InlineData("HTTP/1.1 200\n\r\n")]
    public void TryParse_BrokenHead_IsMalformed(string text)
    {
        Assert.False(HttpResponseHead.TryParse(Encoding.ASCII.GetBytes(text), out _, out var malformed));
        Assert.True(malformed);
    }

    [Fact]
    public void ChunkedBody_SplitPayload_IsGatheredOnceComplete()
    {
        var wire = Encoding.ASCII.GetBytes("5\r\n{\"a\":\r\n3;ext=1\r\n1}x\r\n0\r\n\r\n");

        Assert.False(ChunkedBody.TryFindEnd(wire.AsSpan(0, wire.Length - 2), out _, out _, out var partialMalformed));
        Assert.False(partialMalformed);
        Assert.True(ChunkedBody.TryFindEnd(wire, out var consumed, out var length, out _));
        Assert.Equal(wire.Length, consumed);
        var payload = new byte[length];
        ChunkedBody.CopyPayload(wire, payload);
        Assert.Equal("{\"a\":1}x", Encoding.ASCII.GetString(payload));
    }
}
