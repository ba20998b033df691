using Harness.Contract;
using Harness.Fakes;

namespace Harness.Conformance.Tests.Suite;

public sealed class EmbeddedFakeTests
{
    [Theory]
    [InlineData(Profile.Strict)]
    [InlineData(Profile.Lenient)]
    public async Task RunAsync_FakeInTheSameProfile_PassesEveryCheck(Profile profile)
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Profile = profile });
        var run = await ConformanceSuite.RunAsync(new ConformanceOptions { Target = fake.BaseAddress, Key = fake.Keys[0], Profile = profile });

        Assert.True(run.Passed, Failures(run));
        Assert.True(run.Checks.Count > 100, $"only {run.Checks.Count} checks");
        Assert.Equal(profile, run.SuggestedProfile);
    }

    internal static string Failures(ConformanceRun run) =>
        string.Join("\n", run.Failures.Select(f => $"{f.Id}: {f.Verdict} {f.Reason} | expected {f.Expected} | actual {f.Actual}"));
}
