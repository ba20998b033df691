using System.Text;
using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Fakes.Http;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Api;

/// <summary>
/// The API route's hot path ahead of routing takes exactly the shapes the route template matches;
/// every shape, taken or left to routing, is answered as the route always answered it.
/// </summary>
public sealed class IngestRouteTests(ReceiversFixture receivers) : IClassFixture<ReceiversFixture>
{
    private const string Route = "/v1/event/huawei/custom";

    [Theory]
    [InlineData(Route)]
    [InlineData(Route + "/")]
    [InlineData(Route + "/key")]
    [InlineData(Route + "/key/")]
    [InlineData(Route + "/a%2Fb")]
    public void Takes_ShapesOfTheRouteTemplate_True(string path) => Assert.True(IngestRoute.Takes(path));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/V1/event/huawei/custom/key")]
    [InlineData(Route + "s/key")]
    [InlineData(Route + "key")]
    [InlineData(Route + "//key")]
    [InlineData(Route + "//")]
    [InlineData(Route + "/key/extra")]
    [InlineData(Route + "/key//")]
    [InlineData("/_fake/stats")]
    public void Takes_AnythingElse_False(string? path) => Assert.False(IngestRoute.Takes(path));

    [Theory]
    [InlineData("/" + FakeHttp.Key, ResponseKind.Success)]
    [InlineData("/" + FakeHttp.Key + "/", ResponseKind.Success)]
    [InlineData("", ResponseKind.Unauthorized)]
    [InlineData("/", ResponseKind.Unauthorized)]
    [InlineData("/unknownKey", ResponseKind.Unauthorized)]
    [InlineData("//" + FakeHttp.Key, ResponseKind.NotFound)]
    [InlineData("/" + FakeHttp.Key + "/extra", ResponseKind.NotFound)]
    public async Task Post_EachShape_AnsweredAsTheRouteAnswers(string rest, ResponseKind expected)
    {
        var answer = await FakeHttp.SendAsync(receivers.For(Profile.Strict), HttpMethod.Post, Route + rest, Encoding.UTF8.GetBytes(SpecBody.Json));

        answer.Is(expected);
    }

    [Fact]
    public async Task Get_OnTheHotPath_Is405WithAllowPost()
    {
        var answer = await FakeHttp.SendAsync(receivers.For(Profile.Strict), HttpMethod.Get, Route + "/" + FakeHttp.Key + "/", null);

        answer.Is(ResponseKind.MethodNotAllowed);
        Assert.Equal(["POST"], answer.Response.Content.Headers.Allow);
    }
}
