using Harness.Contract;
using Harness.Embedded;
using Harness.Fakes;

namespace Harness.Conformance.Tests.Suite;

public sealed class FlakyAndFuzzTests
{
    [Fact]
    public async Task RunAsync_TargetFailingAtRandom_ReportsFlakyChecksInsteadOfRetryingSilently()
    {
        // Half the authorised requests get an injected 500: a check may fail, then pass when re-sent.
        await using var receiver = await FakeReceiver.StartAsync(new FakeReceiverOptions { ErrorRate = 0.5, FaultSeed = 7 });
        var run = await ConformanceRuns.RunAsync(new ConformanceOptions
        {
            Target = new() { BaseUrl = receiver.BaseAddress, Key = receiver.Keys[0] },
            Only = ["boundary.*"],
        });

        var ran = run.Checks.Where(c => c.Verdict != Verdict.Skipped).ToArray();
        Assert.Contains(ran, c => c.Verdict == Verdict.Flaky);
        Assert.Contains(ran, c => c.Verdict == Verdict.TargetError);
        Assert.All(ran, c => Assert.Contains(c.Verdict, new[] { Verdict.Pass, Verdict.Flaky, Verdict.TargetError }));
        Assert.All(ran.Where(c => c.Verdict == Verdict.Flaky), c => Assert.Contains("re-sent once", c.Reason, StringComparison.Ordinal));
        Assert.False(run.Passed);
    }

    [Fact]
    public async Task RunAsync_FuzzAgainstTheFakeOfTheSameProfile_PassesEveryMutation()
    {
        var run = await FakeRuns.RunAsync(Profile.Strict, Profile.Strict, fuzz: 60, only: ["fuzz.*"]);

        var fuzz = run.Checks.Where(c => c.Group == Harness.Conformance.Checks.CheckGroup.Fuzz).ToArray();
        Assert.Equal(60, fuzz.Length);
        Assert.True(run.Passed, FakeRuns.Failures(run));
        Assert.Contains(fuzz, c => c.ExpectedStatus == 400);
        Assert.Contains(fuzz, c => c.ExpectedStatus == 200);
    }

    [Fact]
    public async Task RunAsync_FuzzAgainstTheWrongProfile_ShrinksFailingMutations()
    {
        var run = await FakeRuns.RunAsync(Profile.Strict, Profile.Lenient, fuzz: 40, only: ["fuzz.*"]);

        var failures = run.Failures.ToArray();
        Assert.NotEmpty(failures);
        Assert.All(failures, f => Assert.Equal(Harness.Conformance.Checks.CheckGroup.Fuzz, f.Group));
        var shrunk = failures.Where(f => f.Reason.Contains("shrunk from", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(shrunk);

        // A shrunk case keeps one mutation or drops fields, and still fails the same way.
        Assert.All(shrunk, f => Assert.True(!f.Title.Contains(';', StringComparison.Ordinal) || f.Title.Contains("(without", StringComparison.Ordinal), f.Title));
    }

    [Fact]
    public async Task RunAsync_SameSeed_GeneratesTheSameFuzzCases()
    {
        var first = await FakeRuns.RunAsync(Profile.Strict, Profile.Strict, fuzz: 20, only: ["fuzz.*"]);
        var second = await FakeRuns.RunAsync(Profile.Strict, Profile.Strict, fuzz: 20, only: ["fuzz.*"]);

        Assert.Equal(first.Checks.Select(c => c.Title), second.Checks.Select(c => c.Title));
    }
}
