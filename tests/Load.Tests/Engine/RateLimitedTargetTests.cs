using Harness.Load.Engine;
using Harness.Load.Measurement;
using Harness.Load.Records;
using Harness.Load.Tests.Support;
using Harness.TestKit;

namespace Harness.Load.Tests.Engine;

/// <summary>
/// nginx's <c>limit_req</c> in front of the API (the API's own envelope behind it), asked for far more than it lets
/// through: most answers are nginx's 429 pages. Before, the run said "most answers are not the API's ... check
/// --target and the route", sending the engineer to look for a wrong URL on a target that was simply shedding load.
/// </summary>
public class RateLimitedTargetTests
{
    private const string Envelope = "{\"error_code\":\"COC.00000000\",\"error_msg\":\"success\",\"data\":null,\"provider_code\":\"049\"}";

    [Fact]
    public async Task RunAsync_NginxLimitReqTurnsMostAway_SaysTheTargetShedLoadNotAWrongRoute()
    {
        var upstream = LoopbackPort.Free();
        // limit_req runs after nginx's rewrite phase, so the API answers from a second server behind proxy_pass.
        await using var nginx = await Nginx.StartAsync(
            $"location / {{ limit_req zone=api burst=5 nodelay; limit_req_status 429; proxy_pass http://127.0.0.1:{upstream}; }}",
            httpExtra: "limit_req_zone $binary_remote_addr zone=api:1m rate=20r/s;"
                + $" server {{ listen 127.0.0.1:{upstream}; access_log off; location / {{ default_type application/json; return 200 '{Envelope}'; }} }}");
        var plan = Plans.Open(200, TimeSpan.FromSeconds(2), new Uri($"http://127.0.0.1:{nginx.Port}/")) with { Connections = 4 };

        var result = await LoadEngine.RunAsync(plan, [Plans.Valid], new LoadRunOptions { CheckReachable = false });

        var m = result.Measured;
        Assert.True(m.AccountingHolds);
        Assert.True(m.Statuses.GetValueOrDefault(429) > m.Count(OutcomeKind.Accepted), $"429 x{m.Statuses.GetValueOrDefault(429)}, accepted {m.Count(OutcomeKind.Accepted)}");
        Assert.Equal(TargetVerdict.ShedLoad, result.Health.Verdict);
        Assert.StartsWith("the target shed load", result.Health.Cause, StringComparison.Ordinal);
        Assert.DoesNotContain("route", result.Health.Cause, StringComparison.Ordinal);
    }
}
