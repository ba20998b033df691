using System.Net;
using Harness.Contract.Envelopes;
using Harness.Contract.Fields;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Admin;

/// <summary>/_fake/* is guarded by --admin-token, else by --require-token (issue 15: it was open to anyone).</summary>
public sealed class AdminTokenTests
{
    private const string ApiToken = "api-token-1";
    private const string AdminToken = "admin-token-1";

    public static TheoryData<string, string> AdminCalls => new()
    {
        { "GET", "/_fake/health" },
        { "GET", "/_fake/stats" },
        { "GET", "/_fake/alarms" },
        { "POST", "/_fake/reset" },
    };

    [Theory]
    [MemberData(nameof(AdminCalls))]
    public async Task AdminCall_RequireTokenSetAndNoToken_Is401(string method, string path)
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [FakeHttp.Key], RequiredToken = ApiToken });
        using var client = FakeHttp.ClientFor(fake);

        var answer = await FakeHttp.SendAsync(client, new HttpMethod(method), path, null);

        answer.Is(ResponseKind.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(AdminCalls))]
    public async Task AdminCall_RequireTokenSetAndGiven_IsServed(string method, string path)
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [FakeHttp.Key], RequiredToken = ApiToken });
        using var client = FakeHttp.ClientFor(fake);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Headers = { { IntegrationKeyRule.TokenHeader, ApiToken } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AdminCall_AdminTokenSet_WantsThatTokenNotTheApiOne()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [FakeHttp.Key], RequiredToken = ApiToken, AdminToken = AdminToken });
        using var client = FakeHttp.ClientFor(fake);

        var withApiToken = await FakeHttp.SendAsync(client, HttpMethod.Post, "/_fake/reset", null, headers: [new(IntegrationKeyRule.TokenHeader, ApiToken)]);
        using var withAdminToken = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/_fake/alarms") { Headers = { { IntegrationKeyRule.TokenHeader, AdminToken } } });

        withApiToken.Is(ResponseKind.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, withAdminToken.StatusCode);
    }

    [Fact]
    public async Task RefusedAdminCall_IsNotCountedInTheApiStats()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [FakeHttp.Key], AdminToken = AdminToken });
        using var client = FakeHttp.ClientFor(fake);

        await FakeHttp.SendAsync(client, HttpMethod.Post, "/_fake/reset", null);

        Assert.Equal(0, fake.GetStats().Rejected);
    }

    [Fact]
    public async Task AdminCall_NoTokenConfigured_StaysOpen()
    {
        await using var fake = await FakeHttp.StartAsync();
        using var client = FakeHttp.ClientFor(fake);

        using var response = await client.GetAsync("/_fake/stats");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Validate_AdminTokenWithSpaces_IsAProblem()
    {
        var problems = new FakeReceiverOptions { AdminToken = "has space" }.Validate();

        Assert.Contains(problems, p => p.StartsWith("AdminToken", StringComparison.Ordinal));
    }
}
