using Harness.Conformance.Checks;
using Harness.Contract;
using Harness.Embedded;

namespace Harness.Conformance.Tests.Suite;

public sealed class ConformanceSuiteTests(FakeRuns runs) : IClassFixture<FakeRuns>
{
    [Theory]
    [InlineData(Profile.Strict)]
    [InlineData(Profile.Lenient)]
    public void RunAsync_FakeInTheSameProfile_PassesEveryCheck(Profile profile)
    {
        var run = runs[profile, profile];

        Assert.True(run.Passed, FakeRuns.Failures(run));
        Assert.Equal(CheckCatalogue.Build(tokenConfigured: false).Count, run.Checks.Count);
        Assert.All(run.Checks, c => Assert.Equal(Verdict.Pass, c.Verdict));
        Assert.Equal(profile, run.SuggestedProfile);
    }

    [Theory]
    [InlineData(Profile.Strict, Profile.Lenient, Verdict.RuleNotEnforced)]
    [InlineData(Profile.Lenient, Profile.Strict, Verdict.ValidInputRejected)]
    public void RunAsync_FakeInTheOtherProfile_FailsExactlyTheChecksThatTellProfilesApart(Profile suite, Profile fake, Verdict expected)
    {
        var run = runs[suite, fake];
        var catalogue = CheckCatalogue.Build(tokenConfigured: false);
        // A message naming more than the suite's profile expects still names what it must.
        // Unpinned points (a charset other than UTF-8) never fail, whatever the profiles expect.
        var differing = catalogue.Where(c => c.Basis != CheckBasis.NotPinned && (c.Strict.Status != c.Lenient.Status || c.For(suite).ErrorCode != c.For(fake).ErrorCode
            || !c.For(suite).NamedSubjects.IsSubsetOf(c.For(fake).NamedSubjects))).Select(c => c.Id).ToHashSet();
        var separating = catalogue.Where(c => c.Strict.Status != c.Lenient.Status).Select(c => c.Id).ToHashSet();

        Assert.False(run.Passed);
        Assert.Equal(differing.Order(), run.Failures.Select(f => f.Id).Order());
        Assert.All(run.Failures.Where(f => separating.Contains(f.Id)), f => Assert.Equal(expected, f.Verdict));
        Assert.All(run.Failures.Where(f => !separating.Contains(f.Id)), f => Assert.Equal(Verdict.WrongEnvelope, f.Verdict));
        Assert.Equal(fake, run.SuggestedProfile);
    }

    [Fact]
    public void RunAsync_StrictSuiteAgainstLenientFake_NamesTheObservedBehaviourInFindings()
    {
        var run = runs[Profile.Strict, Profile.Lenient];
        var findings = run.Findings.ToDictionary(f => f.Id);

        Assert.Equal(Profile.Lenient, findings["enum-case"].Matches);
        Assert.Equal(Profile.Lenient, findings["coercion"].Matches);
        Assert.Equal(Profile.Lenient, findings["content-type"].Matches);
        Assert.Contains("UTF-16", findings["length-counting"].Observed, StringComparison.Ordinal);
        Assert.Contains("COC.00000000", findings["success-code"].Observed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoTarget_StartsTheEmbeddedFakeAndSaysSo()
    {
        var run = await ConformanceRuns.RunAsync(new ConformanceOptions { Only = ["spec.example", "key.unknown"] });

        Assert.True(run.EmbeddedTarget);
        Assert.Contains("embedded fake", run.Target, StringComparison.Ordinal);
        Assert.True(run.Passed, FakeRuns.Failures(run));
        Assert.Equal(2, run.Checks.Count(c => c.Verdict == Verdict.Pass));
        Assert.Equal(run.Checks.Count - 2, run.Count(Verdict.Skipped));
    }

    [Fact]
    public async Task RunAsync_TokenRequired_ChecksMissingAndWrongTokensAre401()
    {
        var run = await FakeRuns.RunAsync(Profile.Strict, Profile.Strict, token: FakeRuns.Token, only: ["token.*", "spec.example"]);

        Assert.True(run.Passed, FakeRuns.Failures(run));
        Assert.Equal(["spec.example", "token.missing", "token.missing.with-broken-body", "token.wrong"],
            run.Checks.Where(c => c.Verdict == Verdict.Pass).Select(c => c.Id).Order());
    }

    [Fact]
    public async Task RunAsync_TokenNotSentWhileTheTargetRequiresOne_StopsBeforeAnyCheckWithOneHint()
    {
        await using var receiver = await Harness.Fakes.FakeReceiver.StartAsync(new Harness.Fakes.FakeReceiverOptions { RequiredToken = FakeRuns.Token });

        var error = await Assert.ThrowsAsync<TargetUnreachableException>(() => ConformanceRuns.RunAsync(new ConformanceOptions
        {
            Target = new() { BaseUrl = receiver.BaseAddress, Key = receiver.Keys[0] },
            Only = ["spec.example", "minimal"],
        }));

        Assert.Contains("refused with 401 like a wrong key: check --key (and --token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(receiver.Keys[0], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InvalidOptions_ThrowsListingEveryProblem()
    {
        var options = new ConformanceOptions { Target = new() { BaseUrl = new Uri("ftp://example/"), Key = "" }, Concurrency = 0, Fuzz = -1, Rps = 0 };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ConformanceRuns.RunAsync(options));

        foreach (var option in new[] { "--target", "--key", "--concurrency", "--fuzz", "--rps" })
        {
            Assert.Contains(option, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("http://127.0.0.1:8080/", null, null)]
    [InlineData("https://staging.example/", null, 20.0)]
    [InlineData("https://staging.example/", 5.0, 5.0)]
    public void EffectiveRps_ByTarget_IsPoliteOnlyToRemoteTargets(string? target, double? rps, double? expected) =>
        Assert.Equal(expected, new ConformanceOptions { Target = target is null ? null : new() { BaseUrl = new Uri(target), Key = "k" }, Rps = rps }.EffectiveRps);

    [Fact]
    public async Task RunAsync_UnreachableTarget_ThrowsOnceWithAClearMessage()
    {
        var options = new ConformanceOptions { Target = new() { BaseUrl = new Uri("http://127.0.0.1:1/"), Key = "abcdefghijklmnopqrstuvwxyz012345" } };

        var error = await Assert.ThrowsAsync<TargetUnreachableException>(() => ConformanceRuns.RunAsync(options));

        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.Contains("unreachable", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdefghijklmnop", error.Message, StringComparison.Ordinal);
    }
}
