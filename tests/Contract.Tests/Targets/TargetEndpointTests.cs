using Harness.Contract.Targets;

namespace Harness.Contract.Tests.Targets;

public sealed class TargetEndpointTests
{
    [Theory]
    [InlineData("http://gw.example/", "http://gw.example/v1/event/huawei/custom/k%2Fey")]
    [InlineData("https://gw.example/coc/gateway/", "https://gw.example/coc/gateway/v1/event/huawei/custom/k%2Fey")]
    [InlineData("http://127.0.0.1:8080/base?x=1", "http://127.0.0.1:8080/base/v1/event/huawei/custom/k%2Fey")]
    public void RouteUrl_BasePath_KeptAndKeyEscaped(string baseUrl, string expected) =>
        Assert.Equal(expected, new TargetEndpoint { BaseUrl = new Uri(baseUrl), Key = "k/ey" }.RouteUrl.AbsoluteUri);

    [Fact]
    public void ToString_Credentials_Redacted()
    {
        var endpoint = new TargetEndpoint
        {
            BaseUrl = new Uri("https://gw.example/"),
            Key = "secretKey0123456789abcdefghijklmn",
            Token = "secretToken42",
            Headers = [new("X-Api-Key", "secretHeader7")],
            Proxy = TargetProxy.Explicit(new Uri("http://user:secretProxyPass@127.0.0.1:3128")),
        };

        var text = endpoint.ToString();

        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.Contains("https://gw.example/", text, StringComparison.Ordinal);
        Assert.Contains("X-Api-Key: ***", text, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:3128", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EveryProblem_NamedByItsOption()
    {
        var endpoint = new TargetEndpoint
        {
            BaseUrl = new Uri("http://gw.example/"),
            Key = "key",
            HttpVersion = "3",
            Headers = [new("Content-Length", "1"), new("Bad Name", "v"), new("X-Ok", "a\r\nb")],
            Tls = new TargetTls { CaCertificateFile = "/nonexistent/ca.pem", ClientKeyFile = "/nonexistent/k.pem" },
        };

        var problems = endpoint.Validate();

        Assert.Contains(problems, p => p.StartsWith("--http-version", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'Content-Length' is set by the harness", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'Bad Name' is not a valid header name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("value of 'X-Ok' contains a line break", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("TLS options need an https:// target", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("--ca-cert: the file", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("--client-key: needs --client-cert", StringComparison.Ordinal));
    }

    [Fact]
    public void HeaderLines_ParseAndRedact_ValuesNeverShown()
    {
        var problems = new List<string>();

        var headers = HeaderLines.Parse(["X-Api-Key: gw-secret-4711", "no-colon-secret-value"], problems);

        Assert.Equal([new KeyValuePair<string, string>("X-Api-Key", "gw-secret-4711")], headers);
        Assert.Equal(["X-Api-Key: gw-s***"], HeaderLines.Redacted(headers));
        Assert.Equal("--header: 'no-c***' is not 'Name: value'", Assert.Single(problems));
    }

    [Theory]
    [InlineData(null, true, null)]
    [InlineData("none", false, null)]
    [InlineData("direct", false, null)]
    [InlineData("http://user:pw@127.0.0.1:3128", false, "127.0.0.1:3128")]
    public void TargetProxy_Parse_KnownForms(string? text, bool fromEnvironment, string? shown)
    {
        var proxy = TargetProxy.Parse(text)!;

        Assert.Equal(fromEnvironment, proxy.FromEnvironment);
        Assert.Equal(shown, TargetProxy.Display(proxy.Address));
    }

    [Theory]
    [InlineData("socks5://127.0.0.1:1080")]
    [InlineData("http://127.0.0.1:3128/path")]
    [InlineData("proxy:3128")]
    public void TargetProxy_Parse_OtherForms_Null(string text) => Assert.Null(TargetProxy.Parse(text));

    [Fact]
    public void ConnectionFacts_Planned_NoSecretAndNoProxyCredentials()
    {
        var facts = ConnectionFacts.Planned(new TargetEndpoint
        {
            BaseUrl = new Uri("https://gw.example/"),
            Key = "integration-key-secret",
            Headers = [new("Authorization", "Bearer very-secret")],
            Proxy = TargetProxy.Explicit(new Uri("http://user:proxy-secret@127.0.0.1:3128")),
            HttpVersion = "2",
        });

        var text = facts.Describe();

        Assert.Equal("127.0.0.1:3128", facts.Proxy);
        Assert.Contains("TLS verified (system trust store), HTTP/2, via proxy 127.0.0.1:3128 (from --proxy)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
    }
}
