using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Api;

/// <summary>Paths match case and all, like the real gateway: a route in other casing is 404, not the API (issue 15).</summary>
public sealed class ExactCaseRoutingTests(ReceiversFixture receivers) : IClassFixture<ReceiversFixture>
{
    [Theory]
    [InlineData("/V1/EVENT/HUAWEI/CUSTOM/" + FakeHttp.Key)]
    [InlineData("/v1/Event/huawei/custom/" + FakeHttp.Key)]
    [InlineData("/v1/event/huawei/CUSTOM/" + FakeHttp.Key)]
    public async Task RouteInOtherCasing_Is404(string path)
    {
        var answer = await FakeHttp.SendAsync(receivers.For(Profile.Strict), HttpMethod.Post, path, System.Text.Encoding.UTF8.GetBytes(SpecBody.Json));

        answer.Is(ResponseKind.NotFound);
    }

    [Theory]
    [InlineData("/_FAKE/stats")]
    [InlineData("/_Fake/health")]
    public async Task AdminSurfaceInOtherCasing_Is404(string path)
    {
        var answer = await FakeHttp.SendAsync(receivers.For(Profile.Strict), HttpMethod.Get, path, null);

        answer.Is(ResponseKind.NotFound);
    }

    [Fact]
    public async Task RouteInItsOwnCasing_StillAccepts()
    {
        var answer = await FakeHttp.PostAsync(receivers.For(Profile.Strict), SpecBody.Json);

        answer.Is(ResponseKind.Success);
    }
}
