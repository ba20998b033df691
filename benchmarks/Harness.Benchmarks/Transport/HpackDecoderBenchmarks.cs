using BenchmarkDotNet.Attributes;
using Harness.Load.Transport.Http2.Hpack;

namespace Harness.Benchmarks.Transport;

/// <summary>
/// Decoding one HTTP/2 response header block as nginx sends it: :status indexed, then date, server, content-type and
/// content-length as literals without indexing, the first three Huffman-coded (values from RFC 7541 appendix C.6.1, of
/// nginx's lengths). The HTTP/2 transport decodes one such block per request.
/// </summary>
[MemoryDiagnoser]
public class HpackDecoderBenchmarks
{
    private static readonly byte[] Block = Convert.FromHexString(
        "88" + "0f12" + "96" + "d07abe941054d444a8200595040b8166e082a62d1bff" // date (index 33), Huffman
        + "0f27" + "85" + "aec3771a4b"                                          // server (index 54), Huffman
        + "0f10" + "91" + "9d29ad171863c78f0b97c8e9ae82ae43d3"                  // content-type (index 31), Huffman
        + "0f0d" + "02" + "3835");                                              // content-length (index 28): 85

    private readonly HpackDecoder _decoder = new();

    [Benchmark]
    public int NginxResponseBlock() => _decoder.Decode(Block);
}
