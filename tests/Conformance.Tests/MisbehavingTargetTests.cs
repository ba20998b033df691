using System.Net;
using Harness.Contract.Fields;
using Harness.Fakes.Misbehaving;

namespace Harness.Conformance.Tests;

/// <summary>Each misbehaving target on its own, with HttpClient: the defect is really planted, and only it.</summary>
public sealed class MisbehavingTargetTests
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { UseProxy = false });

    // Long enough for a loaded CI machine (load averages of 40 on 2 cores were seen) to answer; the
    // slow defect holds its answer for minutes, so only it runs into this.
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    public static TheoryData<Defect> AllDefects() => [.. Enum.GetValues<Defect>()];

    [Theory]
    [MemberData(nameof(AllDefects))]
    public async Task Start_EachDefect_StillAcceptsTheSpecExample(Defect defect)
    {
        using var target = MisbehavingTarget.Start(defect, MisbehavingProbes.For(defect).Options);

        var answer = await MisbehavingProbeAnswer.SendAsync(Client, MisbehavingProbe.Post(target, MisbehavingProbe.SpecExample), ProbeTimeout);

        Assert.Equal(200, answer.Status);
    }

    [Theory]
    [MemberData(nameof(AllDefects))]
    public async Task Probe_EachDefect_ShowsOnTheTargetAndNotOnTheControl(Defect defect)
    {
        var probe = MisbehavingProbes.For(defect);
        using var target = MisbehavingTarget.Start(defect, probe.Options);
        using var control = MisbehavingTarget.StartControl(probe.Options);

        var fromControl = await MisbehavingProbeAnswer.SendAsync(Client, probe.Request(control), ProbeTimeout);
        var fromTarget = await MisbehavingProbeAnswer.SendAsync(Client, probe.Request(target), ProbeTimeout);

        Assert.False(probe.ShowsDefect(fromControl), $"the control shows the defect: {fromControl}");
        Assert.True(probe.ShowsDefect(fromTarget), $"the target does not show the defect: {fromTarget}");
    }

    [Fact]
    public void Start_AnyDefect_ListensOnLoopbackOnly()
    {
        using var target = MisbehavingTarget.Start(Defect.DataNotNull);

        Assert.Equal("127.0.0.1", target.BaseAddress.Host);
        Assert.NotEqual(0, target.BaseAddress.Port);
        Assert.Equal(IntegrationKeyRule.ConsoleKeyLength, target.Key.Length);
        Assert.DoesNotContain(target.Key, target.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_Twice_DoesNotThrow()
    {
        var target = MisbehavingTarget.Start(Defect.SlowRecoveries);

        target.Dispose();
        target.Dispose();
    }

    [Fact]
    public void Start_InvalidOptions_ReportsEveryProblem()
    {
        var options = new MisbehavingOptions { Key = "", Token = "", MaxBodyBytes = 0, SlowDelay = TimeSpan.Zero };

        var error = Assert.Throws<ArgumentException>(() => MisbehavingTarget.Start((Defect)999, options));

        foreach (var name in new[] { "Key", "Token", "MaxBodyBytes", "SlowDelay", "defect" })
        {
            Assert.Contains(name + ":", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Control_RoutesAndKeys_AnswerAsTheContractSays()
    {
        using var control = MisbehavingTarget.StartControl(new MisbehavingOptions());
        var example = MisbehavingProbe.SpecExample;
        var encoded = IntegrationKeyRule.RoutePrefix + "/" + MisbehavingProbe.EncodeEveryByte(control.Key);

        var offRoute = await MisbehavingProbeAnswer.SendAsync(Client, MisbehavingProbe.Post(control, example, path: "/v1/other"), ProbeTimeout);
        var noKey = await MisbehavingProbeAnswer.SendAsync(Client, MisbehavingProbe.Post(control, example, path: IntegrationKeyRule.RoutePrefix), ProbeTimeout);
        var percentEncoded = await MisbehavingProbeAnswer.SendAsync(Client, MisbehavingProbe.Post(control, example, path: encoded), ProbeTimeout);
        using var get = new HttpRequestMessage(HttpMethod.Get, new Uri(control.BaseAddress, IntegrationKeyRule.PathFor(control.Key)));
        using var getResponse = await Client.SendAsync(get);

        Assert.Equal((404, "APIGW.0101"), (offRoute.Status, offRoute.ErrorCode));
        Assert.Equal((401, "common.01010001"), (noKey.Status, noKey.ErrorCode));
        Assert.Equal(200, percentEncoded.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, getResponse.StatusCode);
        Assert.Contains("POST", getResponse.Content.Headers.Allow);
    }

    [Fact]
    public async Task Control_SeveralViolations_NamesEachInDeclarationOrder()
    {
        using var control = MisbehavingTarget.StartControl(new MisbehavingOptions());
        var body = MisbehavingProbe.Body(("alarmName", null), ("alarmId", null));

        var answer = await MisbehavingProbeAnswer.SendAsync(Client, MisbehavingProbe.Post(control, body), ProbeTimeout);

        Assert.Equal(400, answer.Status);
        Assert.Equal("application/json", answer.ContentType);
        Assert.Equal("alarmId must not be null | alarmName must not be null", answer.ErrorMsg);
        Assert.Equal("049", answer.Member("provider_code")?.GetString());
    }
}
