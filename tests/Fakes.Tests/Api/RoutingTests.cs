using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Contract.Fields;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Api;

/// <summary>DECISIONS rows 13 and 16: other methods on the route are 405, other paths 404, all with the envelope.</summary>
public sealed class RoutingTests(ReceiversFixture receivers) : IClassFixture<ReceiversFixture>
{
    public static TheoryData<Profile, string> OtherMethods()
    {
        var data = new TheoryData<Profile, string>();
        foreach (var profile in Enum.GetValues<Profile>())
        {
            foreach (var method in new[] { "GET", "PUT", "DELETE", "PATCH", "OPTIONS", "FROBNICATE" })
            {
                data.Add(profile, method);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OtherMethods))]
    public async Task OtherMethodOnTheRoute_Is405WithAllowPost(Profile profile, string method)
    {
        var answer = await FakeHttp.SendAsync(receivers.For(profile), new HttpMethod(method), FakeHttp.PathFor(FakeHttp.Key), null);

        answer.Is(ResponseKind.MethodNotAllowed);
        Assert.Equal(["POST"], answer.Response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/v1/event/huawei")]
    [InlineData("/v1/event/huawei/customs/key")]
    [InlineData("/v1/event/huawei/custom/key/extra")]
    [InlineData("/v2/event/huawei/custom/key")]
    [InlineData("/favicon.ico")]
    [InlineData("/_fake/nothing")]
    public async Task PostElsewhere_Is404(string path)
    {
        foreach (var profile in Enum.GetValues<Profile>())
        {
            var answer = await FakeHttp.SendAsync(receivers.For(profile), HttpMethod.Post, path, System.Text.Encoding.UTF8.GetBytes(SpecBody.Json));

            answer.Is(ResponseKind.NotFound);
        }
    }

    [Fact]
    public async Task GetElsewhere_Is404()
    {
        var answer = await FakeHttp.SendAsync(receivers.Strict, HttpMethod.Get, "/nothing/here", null);

        answer.Is(ResponseKind.NotFound);
    }

    [Fact]
    public async Task Post_WithQueryString_KeyStillFound()
    {
        var answer = await FakeHttp.SendAsync(receivers.Strict, HttpMethod.Post, IntegrationKeyRule.PathFor(FakeHttp.Key) + "?trace=1",
            System.Text.Encoding.UTF8.GetBytes(SpecBody.Json));

        answer.Is(ResponseKind.Success);
    }
}
