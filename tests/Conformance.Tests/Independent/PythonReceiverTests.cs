using System.Text;
using Harness.Contract;
using Harness.Embedded;
using Harness.TestKit;
using Xunit.Abstractions;

namespace Harness.Conformance.Tests.Independent;

/// <summary>
/// Verdicts against a receiver in another language, written from the spec's text alone (Python's
/// http.server, <see cref="PythonReceiver"/>), that reads the open points the other way from both
/// profiles where it can. It honours every pinned rule, so it must show zero contract violations;
/// planting one pinned defect in it must show up as a violation.
/// </summary>
public sealed class PythonReceiverTests(ITestOutputHelper output)
{
    private const string Key = "PythonKey0123456789abcdefghijklm";

    [Fact]
    public async Task RunAsync_OtherReadingsNoProfile_ZeroViolationsAndEveryDeviationOnAnOpenPoint()
    {
        await using var receiver = await PythonReceiver.StartAsync(Key);

        var run = await RunAsync(receiver, profile: null);

        output.WriteLine(run.Split);
        Assert.True(run.Violations == 0, Describe(run, Standing.Violation));
        Assert.True(run.Passed, run.Split);
        Assert.All(run.Checks.Where(c => c.Standing == Standing.Deviation), c => Assert.Equal(CheckBasis.OpenPoint, c.Basis));
        var rows = run.Checks.Where(c => c.Standing == Standing.Deviation).Select(c => c.Anchor).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["row-7", "row-9", "row-10", "row-11", "row-16"], StringComparer.Ordinal), rows);
        Assert.Contains(run.Checks, c => c.Id == "body.duplicate-key.last-invalid" && c.Standing == Standing.Deviation);
        Assert.Contains(run.Checks, c => c.Id == "additional.nesting.at-limit" && c.Standing == Standing.Deviation);
    }

    [Fact]
    public async Task Findings_MissingContentTypeReadButTextPlainRefused_SayWhichOneTheProfileFileFollows()
    {
        await using var receiver = await PythonReceiver.StartAsync(Key);

        var run = await RunAsync(receiver, profile: null, only: ["*content-type*"]);

        var finding = Assert.Single(run.Findings, f => f.Id == "content-type");
        Assert.Null(finding.Matches);
        Assert.Contains("probe.content-type.missing answered 200", finding.Observed, StringComparison.Ordinal);
        Assert.Contains("--write-profile follows text/plain (contentType: json-only)", finding.Observed, StringComparison.Ordinal);
        Assert.False(ConformanceSuite.ObserveProfile(run, "python").AcceptsAnyContentType);
    }

    [Fact]
    public async Task RunAsync_OtherReadingsStrictProfile_FailsOnDeviationsOnly()
    {
        await using var receiver = await PythonReceiver.StartAsync(Key);

        var run = await RunAsync(receiver, Profile.Strict);

        Assert.False(run.Passed);
        Assert.True(run.Violations == 0, Describe(run, Standing.Violation));
        Assert.All(run.Failures, f => Assert.StartsWith("deviates from profile strict (its answer matches ", f.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ReceiverCountingCodePoints_ViolatesTheLengthRule()
    {
        await using var receiver = await PythonReceiver.StartAsync(Key, new PythonReceiverOptions { CountCodePoints = true });

        var run = await RunAsync(receiver, profile: null);

        Assert.False(run.Passed);
        var tooLong = run["alarmName.too-long.emoji"]!;
        Assert.Equal((Standing.Violation, Verdict.RuleNotEnforced), (tooLong.Standing, tooLong.Verdict));
        Assert.All(run.Checks.Where(c => c.Standing == Standing.Violation), c => Assert.Equal(CheckBasis.Contract, c.Basis));
    }

    [Fact]
    public async Task RunAsync_ReceiverTakingTrueAsATime_ViolatesTheTimeRule()
    {
        await using var receiver = await PythonReceiver.StartAsync(Key, new PythonReceiverOptions { BoolTime = true });

        var run = await RunAsync(receiver, profile: null);

        var boolTime = run["time.wrong-type.bool"]!;
        Assert.Equal((Standing.Violation, Verdict.RuleNotEnforced), (boolTime.Standing, boolTime.Verdict));
        Assert.False(run.Passed);
    }

    [Fact]
    public async Task WriteProfile_ReadingsAProfileFileRecords_HeldToItsOwnFileZeroDeviations()
    {
        // Only open points a profile file records are read non-strictly here, each the lenient way or further.
        var options = new PythonReceiverOptions
        {
            RejectUnknown = false, RejectDuplicates = false, AcceptMissingContentType = false, HtmlErrors = false,
            NotBlank = true, SkipBom = false, MaxDepth = 1000, MaxBodyBytes = ContractLimits.DefaultMaxBodyBytes,
        };
        await using var receiver = await PythonReceiver.StartAsync(Key, options);
        var observed = ConformanceSuite.ObserveProfile(await RunAsync(receiver, profile: null), "python");
        var profile = ProfileFile.Parse(ProfileFile.ToUtf8(observed, "test"), "python.json");
        output.WriteLine(Encoding.UTF8.GetString(ProfileFile.ToUtf8(profile)));

        var run = await RunAsync(receiver, profile);

        Assert.True(profile.CaseInsensitiveEnums && !profile.AcceptsBlankStrings && !profile.SkipsByteOrderMark, Encoding.UTF8.GetString(ProfileFile.ToUtf8(profile)));
        Assert.True(run.Passed, Describe(run, Standing.Deviation) + Describe(run, Standing.Violation));
        Assert.Equal(0, run.Deviations);
    }

    [Theory]
    [InlineData(32, 32)]
    [InlineData(45, 40)]
    [InlineData(10, 15)]
    public async Task WriteProfile_ReceiverWithAShallowerNestingLimit_RecordsTheDeepestNestingItAccepted(int limit, int recorded)
    {
        await using var receiver = await PythonReceiver.StartAsync(Key, new PythonReceiverOptions { MaxDepth = limit });

        var run = await RunAsync(receiver, profile: null, only: ["*nesting*"]);

        Assert.Equal(recorded, ConformanceSuite.ObserveProfile(run, "python").MaxDepth);
        Assert.True(run.Violations == 0, Describe(run, Standing.Violation));
    }

    private static Task<ConformanceRun> RunAsync(ServerProcess receiver, ReceiverProfile? profile, string[]? only = null) =>
        ConformanceRuns.RunAsync(new ConformanceOptions
        {
            Target = new() { BaseUrl = PythonReceiver.BaseAddress(receiver), Key = Key },
            Profile = profile,
            Only = only ?? [],
            Rps = 100_000,
            Timeout = TimeSpan.FromSeconds(8),
        });

    private static string Describe(ConformanceRun run, Standing standing) =>
        string.Join("\n", run.Checks.Where(c => c.Standing == standing).Take(60).Select(c => $"{c.Id}: {c.Reason} | actual {c.Actual}"));
}
