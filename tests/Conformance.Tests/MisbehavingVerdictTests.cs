using Harness.Contract;
using Harness.Embedded;
using Harness.Fakes.Misbehaving;
using Xunit.Abstractions;

namespace Harness.Conformance.Tests;

/// <summary>
/// What each planted defect means for the verdict with no profile: a defect of a pinned rule is a
/// contract violation (exit 1 with no --profile); a defect that only reads an open point another
/// way is a deviation, failed under --profile strict and listed otherwise.
/// </summary>
[Collection(MisbehavingSuiteCollection.Name)]
public sealed class MisbehavingVerdictTests(MisbehavingSuiteFixture fixture, ITestOutputHelper output)
{
    /// <summary>Defects that touch open points only (docs/contract.md rows 7, 8, 9, 10, 11, 16, 17, 18).</summary>
    private static readonly Defect[] OpenPointOnly =
    [
        Defect.CaseInsensitiveEnumsInStrict, Defect.CoercesScalarsToStringsInStrict, Defect.RejectsByteOrderMark,
        Defect.IgnoresDepthLimit, Defect.RejectsUnknownFields, Defect.TreatsWhitespaceAsMissing, Defect.IgnoresContentType,
        Defect.IgnoresBodyLimit, Defect.MethodNotAllowedAnsweredAs404, Defect.RoutingErrorsWithoutEnvelope,
    ];

    [Fact]
    public void RunAsync_EveryDefect_IsAViolationExactlyWhenItBreaksAPinnedRule()
    {
        var withoutViolation = Defects.All.Where(d => fixture.RunFor(d.Defect).Violations == 0).Select(d => d.Defect).ToArray();
        foreach (var info in Defects.All)
        {
            var run = fixture.RunFor(info.Defect);
            output.WriteLine($"{info.Id}: {run.Split}");
        }

        Assert.Equal(OpenPointOnly.Order(), withoutViolation.Order());
        Assert.All(OpenPointOnly, d => Assert.True(fixture.RunFor(d).Deviations > 0, $"{d}: no deviation"));
    }

    [Theory]
    [InlineData(Defect.AcceptsNearMissEnums, false)]
    [InlineData(Defect.AcceptsStringTime, false)]
    [InlineData(Defect.CaseInsensitiveEnumsInStrict, true)]
    [InlineData(Defect.RoutingErrorsWithoutEnvelope, true)]
    public async Task RunAsync_NoProfile_FailsPinnedDefectsAndListsOpenPointOnes(Defect defect, bool passes)
    {
        using var target = MisbehavingTarget.Start(defect);

        var run = await RunAsync(target, profile: null);

        Assert.Equal(passes, run.Passed);
        Assert.Equal(passes, run.Violations == 0);
        Assert.True(run.Deviations > 0 || !passes, $"{defect}: the open point it reads differently is not listed");
    }

    [Fact]
    public async Task RunAsync_NearMissDefect_FailsEveryNearMissThatIsNotACaseVariant()
    {
        using var target = MisbehavingTarget.Start(Defect.AcceptsNearMissEnums);

        var run = await RunAsync(target, profile: null);

        var nearMisses = run.Checks.Where(c => c.Id.Contains(".near-miss.", StringComparison.Ordinal)).ToArray();
        Assert.True(nearMisses.Length >= 30, $"only {nearMisses.Length} near-miss checks");
        Assert.Contains(nearMisses, c => c.Id == "alarmStatus.near-miss.resolved" && c.Standing == Standing.Violation);
        Assert.Contains(nearMisses, c => c.Id == "alarmLevel.near-miss.warning" && c.Standing == Standing.Violation);
        // "critical" differs from "Critical" only in case: an open point, matched by lenient.
        Assert.Contains(nearMisses, c => c.Id == "alarmLevel.near-miss.critical" && c.Standing == Standing.Deviation && c.Matches == "lenient");
    }

    [Fact]
    public async Task RunAsync_ReceiverWithItsOwnRoutingCodes_PassesStrictWithZeroDeviations()
    {
        using var target = MisbehavingTarget.StartControl(new MisbehavingOptions { OwnRoutingCodes = true });

        var run = await RunAsync(target, Profile.Strict);

        Assert.True(run.Passed, string.Join("\n", run.Failures.Select(f => $"{f.Id}: {f.Reason}")));
        Assert.Equal(0, run.Deviations);
        Assert.All(run.Checks.Where(c => c.Id.StartsWith("route.", StringComparison.Ordinal)),
            c => Assert.Contains(c.ActualErrorCode, new[] { "GW.404001", "HTTP.405" }));
    }

    [Theory]
    [InlineData(502, "the gateway says 502: the upstream receiver is down")]
    [InlineData(404, "this looks like a wrong base path")]
    public async Task RunAsync_GatewayPageInFront_StopsBeforeAnyCheckWithOneHint(int status, string hint)
    {
        using var target = MisbehavingTarget.StartControl(new MisbehavingOptions { GatewayPageStatus = status });

        var error = await Assert.ThrowsAsync<TargetUnreachableException>(() => RunAsync(target, profile: null));

        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
        Assert.Contains("Server: nginx/1.22.1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(target.Key, error.Message, StringComparison.Ordinal);
    }

    private static Task<ConformanceRun> RunAsync(MisbehavingTarget target, ReceiverProfile? profile) =>
        ConformanceRuns.RunAsync(new ConformanceOptions
        {
            Target = new() { BaseUrl = target.BaseAddress, Key = target.Key },
            Profile = profile,
            Rps = 100_000,
            Timeout = TimeSpan.FromSeconds(8),
        });
}
