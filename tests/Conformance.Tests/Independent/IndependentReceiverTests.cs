using System.Text;
using Harness.Contract;
using Harness.Embedded;
using Harness.Fakes;
using Xunit.Abstractions;

namespace Harness.Conformance.Tests.Independent;

/// <summary>
/// Verdicts against receivers nobody here wrote the contract code for: one that reads the open
/// points like Spring/Jackson (and differs on unpinned ones), one that reads them strictly with
/// codes and wording of its own. Honouring the spec, both must show zero contract violations.
/// </summary>
public sealed class IndependentReceiverTests(ITestOutputHelper output)
{
    private const string Key = "IndependentKey0123456789abcdefXY";

    [Fact]
    public async Task RunAsync_SpringLikeReceiverNoProfile_PassesWithZeroViolationsAndSuggestsLenient()
    {
        using var receiver = new IndependentReceiver(ReceiverStyle.SpringLike, Key);

        var run = await RunAsync(receiver, profile: null);

        output.WriteLine(run.Split);
        output.WriteLine(Describe(run, Standing.Deviation));
        Assert.True(run.Passed, Describe(run, Standing.Violation));
        Assert.Equal(0, run.Violations);
        Assert.True(run.Deviations > 0, "a Spring-like receiver reads open points differently from strict");
        Assert.Equal(Profile.Lenient, run.SuggestedProfile);
        Assert.Contains(run.Checks, c => c.Standing == Standing.Finding && c.Id == "content-type.charset.latin1");
        Assert.All(run.Checks.Where(c => c.Standing == Standing.Deviation), c => Assert.Equal(CheckBasis.OpenPoint, c.Basis));
    }

    [Fact]
    public async Task RunAsync_SpringLikeReceiverStrictProfile_FailsOnDeviationsOnly()
    {
        using var receiver = new IndependentReceiver(ReceiverStyle.SpringLike, Key);

        var run = await RunAsync(receiver, Profile.Strict);

        Assert.False(run.Passed);
        Assert.Equal(0, run.Violations);
        Assert.All(run.Failures, f => Assert.StartsWith("deviates from profile strict (its answer matches ", f.Reason, StringComparison.Ordinal));
        Assert.Contains(run.Failures, f => f.Reason.Contains("matches lenient", StringComparison.Ordinal));
        Assert.Contains(run.Failures, f => f.Reason.Contains("matches no profile", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_IndependentStrictReceiverStrictProfile_PassesWithZeroDeviations()
    {
        using var receiver = new IndependentReceiver(ReceiverStyle.Strict, Key);

        var run = await RunAsync(receiver, Profile.Strict);

        Assert.True(run.Passed, Describe(run, Standing.Deviation) + Describe(run, Standing.Violation));
        Assert.Equal(0, run.Deviations);
        Assert.Equal(Profile.Strict, run.SuggestedProfile);
    }

    [Fact]
    public async Task WriteProfile_SpringLikeReceiver_CalibratedFakePassesItsOwnProfileWithZeroDeviations()
    {
        ReceiverProfile observed;
        using (var receiver = new IndependentReceiver(ReceiverStyle.SpringLike, Key))
        {
            observed = ConformanceSuite.ObserveProfile(await RunAsync(receiver, profile: null), "staging");
        }

        // Through the file format, as --write-profile and --profile FILE use it.
        var profile = ProfileFile.Parse(ProfileFile.ToUtf8(observed, "test"), "staging.json");
        Assert.Equal(observed, profile);
        Assert.True(profile.CoercesTime && profile.CaseInsensitiveEnums && profile.CoercesScalars, Encoding.UTF8.GetString(ProfileFile.ToUtf8(profile)));
        Assert.False(profile.AcceptsBlankStrings, Encoding.UTF8.GetString(ProfileFile.ToUtf8(profile)));
        Assert.Equal(ContractLimits.MaxDepth + 1, profile.MaxDepth);

        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Profile = profile, Keys = [Key] });
        var run = await ConformanceRuns.RunAsync(new ConformanceOptions
        {
            Target = new() { BaseUrl = fake.BaseAddress, Key = Key }, Profile = profile, Rps = 100_000,
        });

        Assert.True(run.Passed, Describe(run, Standing.Deviation) + Describe(run, Standing.Violation));
        Assert.Equal(0, run.Deviations);
        Assert.Equal(0, run.Violations);
    }

    [Fact]
    public async Task Conformance_SpringLikeReceiverNoProfile_Exits0AndListsDeviationsWithTheProfileTheyMatch()
    {
        using var receiver = new IndependentReceiver(ReceiverStyle.SpringLike, Key);
        var root = Directory.CreateTempSubdirectory("conformance-independent-").FullName;
        var profile = Path.Combine(root, "staging.json");

        var (exit, console) = await Cli.HarnessProcess.RunAsync(root, "conformance", "--target", receiver.BaseAddress.ToString(), "--key", Key,
            "--rps", "100000", "--out", "out", "--write-profile", profile);

        output.WriteLine(console);
        Assert.True(exit == 0, console);
        Assert.Contains("contract: 0 violation(s)", console, StringComparison.Ordinal);
        Assert.Contains("matches lenient", console, StringComparison.Ordinal);
        Assert.Contains("best fit: lenient", console, StringComparison.Ordinal);
        Assert.True(ProfileFile.Read(profile).CoercesTime);

        // Held to the profile it was observed to have, it deviates only where a profile file records
        // nothing it does (415 for a foreign Content-Type, its body limit, Spring's 404/405 bodies).
        var (again, held) = await Cli.HarnessProcess.RunAsync(root, "conformance", "--target", receiver.BaseAddress.ToString(), "--key", Key,
            "--rps", "100000", "--out", "out", "--profile", profile);
        Assert.True(again == 1, held);
        Assert.Contains("contract: 0 violation(s)", held, StringComparison.Ordinal);
        foreach (var recorded in new[] { "row-3)", "row-7)", "row-8)", "row-17)", "row-18)" })
        {
            Assert.DoesNotContain("docs/contract.md#" + recorded, held, StringComparison.Ordinal);
        }
        Directory.Delete(root, recursive: true);
    }

    private static Task<ConformanceRun> RunAsync(IndependentReceiver receiver, ReceiverProfile? profile) =>
        ConformanceRuns.RunAsync(new ConformanceOptions
        {
            Target = new() { BaseUrl = receiver.BaseAddress, Key = receiver.Key },
            Profile = profile,
            Rps = 100_000,
            Timeout = TimeSpan.FromSeconds(8),
        });

    private static string Describe(ConformanceRun run, Standing standing) =>
        string.Join("\n", run.Checks.Where(c => c.Standing == standing).Take(100).Select(c => $"{c.Id}: {c.Reason} | actual {c.Actual}"));
}
