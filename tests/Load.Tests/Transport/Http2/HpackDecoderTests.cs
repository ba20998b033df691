using Harness.Load.Transport.Http2.Hpack;

namespace Harness.Load.Tests.Transport.Http2;

/// <summary>The HPACK decoder against the examples of RFC 7541 Appendix C (C.4 requests and C.6 responses, Huffman-coded).</summary>
public sealed class HpackDecoderTests
{
    [Fact]
    public void Decode_RequestsWithHuffman_C4_GivesTheFieldsAndFillsTheTable()
    {
        var decoder = new HpackDecoder();

        var first = Decode(decoder, "828684418cf1e3c2e5f23a6ba0ab90f4ff");
        var second = Decode(decoder, "828684be5886a8eb10649cbf");
        var third = Decode(decoder, "828785bf408825a849e95ba97d7f8925a849e95bb8e8b4bf");

        Assert.Equal([(":method", "GET"), (":scheme", "http"), (":path", "/"), (":authority", "www.example.com")], first);
        Assert.Equal([(":method", "GET"), (":scheme", "http"), (":path", "/"), (":authority", "www.example.com"), ("cache-control", "no-cache")], second);
        Assert.Equal([(":method", "GET"), (":scheme", "https"), (":path", "/index.html"), (":authority", "www.example.com"), ("custom-key", "custom-value")], third);
        // C.4.3: three entries, 164 octets, newest first.
        Assert.Equal((3, 164), (decoder.Table.Count, decoder.Table.Size));
        Assert.Equal("custom-key", System.Text.Encoding.ASCII.GetString(decoder.Table.Get(0).Name));
    }

    [Fact]
    public void Decode_ResponsesWithHuffman_C6_GivesStatusAndFieldsAndEvictsToTheTableSize()
    {
        var decoder = new HpackDecoder(256);

        var first = Decode(decoder, "488264025885aec3771a4b6196d07abe941054d444a8200595040b8166e082a62d1bff6e919d29ad171863c78f0b97c8e9ae82ae43d3", out var status1);
        var second = Decode(decoder, "4883640effc1c0bf", out var status2);
        var third = Decode(decoder, "88c16196d07abe941054d444a8200595040b8166e084a62d1bffc05a839bd9ab77ad94e7821dd7f2e6c7b335dfdfcd5b3960d5af27087f3672c1ab270fb5291f9587316065c003ed4ee5b1063d5007", out var status3);

        Assert.Equal((302, 307, 200), (status1, status2, status3));
        Assert.Equal([(":status", "302"), ("cache-control", "private"), ("date", "Mon, 21 Oct 2013 20:13:21 GMT"), ("location", "https://www.example.com")], first);
        Assert.Equal([(":status", "307"), ("cache-control", "private"), ("date", "Mon, 21 Oct 2013 20:13:21 GMT"), ("location", "https://www.example.com")], second);
        Assert.Equal(
            [(":status", "200"), ("cache-control", "private"), ("date", "Mon, 21 Oct 2013 20:13:22 GMT"), ("location", "https://www.example.com"),
             ("content-encoding", "gzip"), ("set-cookie", "foo=ASDJKHQKBZXOQWEOPIUAXQWEOIU; max-age=3600; version=1")],
            third);
        // C.6.3: evictions left three entries of 215 octets.
        Assert.Equal((3, 215), (decoder.Table.Count, decoder.Table.Size));
    }

    [Theory]
    [InlineData("82be")] // index 62: beyond the static table, and the dynamic one is empty
    [InlineData("0081ff00")] // a Huffman name of 8 one bits: padding longer than 7 bits
    [InlineData("40810000")] // a Huffman name ending in zero bits: padding must be ones (the start of EOS)
    [InlineData("3fe21f")] // a table size update above the 4096 we allow
    [InlineData("0f0d")] // content-length with its value missing
    public void Decode_BrokenBlock_ThrowsHpackException(string hex) =>
        Assert.Throws<HpackException>(() => new HpackDecoder().Decode(Convert.FromHexString(hex)));

    [Fact]
    public void Decode_IntegerAcrossBytes_C12_Is1337()
    {
        var pos = 0;

        var value = HpackInteger.Read(Convert.FromHexString("1f9a0a"), ref pos, 5);

        Assert.Equal((1337, 3), (value, pos));
    }

    private static (string, string)[] Decode(HpackDecoder decoder, string hex) => Decode(decoder, hex, out _);

    private static (string, string)[] Decode(HpackDecoder decoder, string hex, out int status)
    {
        var fields = new List<KeyValuePair<string, string>>();
        status = decoder.Decode(Convert.FromHexString(hex), fields);
        return [.. fields.Select(f => (f.Key, f.Value))];
    }
}
