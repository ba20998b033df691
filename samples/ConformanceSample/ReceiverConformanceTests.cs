using Harness.Conformance;
using Harness.Contract;
using Harness.Contract.Targets;
using Harness.Embedded;

namespace ConformanceSample;

/// <summary>
/// How a team checks its receiver from its own test suite. Point COC_TARGET and COC_KEY at a
/// receiver to check it; without them the suite checks its embedded reference receiver.
/// </summary>
public sealed class ReceiverConformanceTests
{
    private static ConformanceOptions Options(params string[] only) => new()
    {
        Target = Environment.GetEnvironmentVariable("COC_TARGET") is { Length: > 0 } target
            ? new TargetEndpoint { BaseUrl = new Uri(target), Key = Environment.GetEnvironmentVariable("COC_KEY") ?? "" }
            : null,
        Profile = Environment.GetEnvironmentVariable("COC_PROFILE") == "lenient" ? Profile.Lenient : Profile.Strict,
        Only = only,
    };

    [Fact]
    public async Task Receiver_PassesTheWholeSuite()
    {
        var run = await ConformanceRuns.RunAsync(Options());

        Assert.True(run.Passed, string.Join("\n\n", run.Failures.Select(f => $"{f.Id} ({f.Verdict}): {f.Reason}\n{f.Curl}")));
    }

    [Fact]
    public async Task Receiver_RefusesEveryBadKeyBeforeReadingTheBody()
    {
        var run = await ConformanceRuns.RunAsync(Options("key.*"));

        var keyChecks = run.Checks.Where(c => c.Verdict != Verdict.Skipped).ToArray();
        Assert.NotEmpty(keyChecks);
        Assert.All(keyChecks.Where(c => c.Rule == "auth-before-body"), c => Assert.Equal(401, c.ActualStatus));
        Assert.All(keyChecks, c => Assert.Equal(Verdict.Pass, c.Verdict));
    }

    [Fact]
    public async Task Receiver_CountsLengthsInUtf16CodeUnits()
    {
        var run = await ConformanceRuns.RunAsync(Options("probe.length.*"));

        var counting = Assert.Single(run.Findings, f => f.Id == "length-counting");
        Assert.Contains("UTF-16 code units", counting.Observed, StringComparison.Ordinal);
    }
}
