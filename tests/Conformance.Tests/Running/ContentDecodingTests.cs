using System.IO.Compression;
using Harness.Conformance.Running;

namespace Harness.Conformance.Tests.Running;

public sealed class ContentDecodingTests
{
    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public void TryDecode_KnownEncoding_GivesTheEnvelopeBack(string encoding)
    {
        var envelope = """{"error_code":"COC.00000000","error_msg":"success"}"""u8.ToArray();
        var body = Compress(envelope, encoding);

        Assert.True(ContentDecoding.TryDecode([encoding], ref body, out _));
        Assert.Equal(envelope, body);
    }

    [Fact]
    public void TryDecode_UnknownEncoding_SaysTheBodyIsCompressed()
    {
        var body = new byte[] { 1, 2, 3 };

        Assert.False(ContentDecoding.TryDecode(["zstd"], ref body, out var problem));
        Assert.Contains("the answer is compressed (zstd)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDecode_BombOverTheCap_Refused()
    {
        var body = Compress(new byte[ContentDecoding.MaxDecodedBytes + 1], "gzip");

        Assert.False(ContentDecoding.TryDecode(["gzip"], ref body, out var problem));
        Assert.Contains("more than", problem, StringComparison.Ordinal);
    }

    private static byte[] Compress(byte[] data, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Fastest),
            "deflate" => new ZLibStream(output, CompressionLevel.Fastest),
            _ => new BrotliStream(output, CompressionLevel.Fastest),
        })
        {
            compressor.Write(data);
        }

        return output.ToArray();
    }
}
