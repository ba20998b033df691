using Harness.Load.Payloads;
using Harness.Load.Tests.Support;
using Harness.Load.Transport.Http2;
using Harness.Load.Transport.Http2.Hpack;

namespace Harness.Load.Tests.Transport.Http2;

/// <summary>The request header block: what our encoder writes decodes back to the request (round trip through the decoder).</summary>
public sealed class HpackEncoderTests
{
    [Fact]
    public void Write_RequestHead_DecodesToTheRequestFieldsWithHostAsAuthorityAndNoConnectionHeaders()
    {
        var address = new Uri("https://api.example:8443/gateway/v1/event/huawei/custom/key0123456789");
        var request = PreparedRequest.Prepare(Plans.Valid, address, token: "tok");
        var head = Http2RequestHead.For(request, [new("X-Api-Key", "k1"), new("Host", "front.example"), new("Connection", "close")]);
        var block = new byte[head.MaxLength];

        var length = head.Write(block, 1234);
        var fields = new List<KeyValuePair<string, string>>();
        new HpackDecoder().Decode(block.AsSpan(0, length), fields);

        Assert.Equal(
            [
                (":method", "POST"), (":scheme", "https"), (":authority", "front.example"), (":path", "/gateway/v1/event/huawei/custom/key0123456789"),
                ("user-agent", "harness-load"), ("accept", "application/json"), ("x-api-key", "k1"), ("content-type", Plans.Valid.ContentType!),
                ("x-auth-token", "tok"), ("content-length", "1234"),
            ],
            fields.Select(f => (f.Key, f.Value)));
    }

    [Fact]
    public void Fits_SameRequestObjects_TrueAndAnotherAddress_False()
    {
        var request = PreparedRequest.Prepare(Plans.Valid, new Uri("http://127.0.0.1:8080/v1/event/huawei/custom/k"), token: null);
        var other = PreparedRequest.Prepare(Plans.Valid, new Uri("http://127.0.0.1:8081/v1/event/huawei/custom/k"), token: null);
        var head = Http2RequestHead.For(request, []);

        Assert.True(head.Fits(request));
        Assert.False(head.Fits(other));
    }
}
