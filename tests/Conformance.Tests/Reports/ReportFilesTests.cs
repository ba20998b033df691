using System.Text.Json;
using System.Xml.Linq;
using Harness.Contract;
using Harness.Embedded;
using Harness.Fakes;
using Harness.Runs;

namespace Harness.Conformance.Tests.Reports;

public sealed class ReportFilesTests : IAsyncLifetime, IDisposable
{
    private const string Token = "report-test-secret-token";
    private readonly string _root = Directory.CreateTempSubdirectory("conformance-reports-").FullName;
    private string _key = "";
    private ConformanceRun _run = null!;
    private RunFolder _folder = null!;

    public async Task InitializeAsync()
    {
        // A strict suite against a lenient fake: failures, passes and (with --skip) skipped checks.
        await using var receiver = await FakeReceiver.StartAsync(new FakeReceiverOptions { Profile = Profile.Lenient, RequiredToken = Token });
        _key = receiver.Keys[0];
        _run = await ConformanceRuns.RunAsync(new ConformanceOptions
        {
            Target = new() { BaseUrl = receiver.BaseAddress, Key = _key, Token = Token },
            Profile = Profile.Strict,
            Skip = ["boundary.*"],
            ShowSecrets = true,
        });
        _folder = RunFolder.Create(_root, "conformance", "report-test", _run.StartedUtc);
        ConformanceReports.Write(_run, _folder);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Junit_IsWellFormedWithOneTestcasePerCheckUnderItsId()
    {
        var junit = XDocument.Load(_folder.File("junit.xml"));
        var cases = junit.Descendants("testcase").ToArray();

        Assert.Equal(_run.Checks.Select(c => c.Id).Order(), cases.Select(c => (string)c.Attribute("name")!).Order());
        Assert.Equal(_run.Count(Verdict.Skipped), cases.Count(c => c.Element("skipped") is not null));
        var failures = cases.Where(c => c.Element("failure") is not null).ToArray();
        Assert.Equal(_run.Failures.Count(f => f.Verdict != Verdict.TargetError), failures.Length);
        Assert.All(failures, c => Assert.Contains("expected:", c.Element("failure")!.Value, StringComparison.Ordinal));
        Assert.All(failures, c => Assert.Contains("actual:", c.Element("failure")!.Value, StringComparison.Ordinal));
        Assert.Equal(_run.Checks.Count, (int)junit.Root!.Attribute("tests")!);
    }

    [Fact]
    public void RunJson_RecordsEveryCheckWithItsVerdictAndSummary()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(_folder.File("run.json")));
        var root = json.RootElement;

        Assert.Equal("conformance", root.GetProperty("kind").GetString());
        Assert.Equal(_run.Checks.Count, root.GetProperty("checks").GetArrayLength());
        Assert.False(root.GetProperty("summary").GetProperty("passed").GetBoolean());
        Assert.Equal("lenient", root.GetProperty("summary").GetProperty("suggestedProfile").GetString());
    }

    [Fact]
    public void Files_NeverHoldTheKeyOrTheTokenEvenWithShowSecrets()
    {
        Assert.Contains(_key, _run.Failures.First().Curl, StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(_folder.Path, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain(_key, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_IsSelfContainedWithTheMatrixFailuresAndFindings()
    {
        var html = File.ReadAllText(_folder.File("report.html"));

        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("FAILED", html, StringComparison.Ordinal);
        Assert.Contains("Checks by rule and field", html, StringComparison.Ordinal);
        Assert.Contains("probe.enum.lowercase", html, StringComparison.Ordinal);
        Assert.Contains("curl -sS -i -w", html, StringComparison.Ordinal);
        Assert.Contains("Which profile matches the target?", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_KeepContractViolationsDeviationsAndUnpinnedFindingsApart()
    {
        // The lenient fake honours the contract: everything the strict suite objects to is a deviation.
        Assert.Equal(0, _run.Violations);
        Assert.True(_run.Deviations > 0);
        using var json = JsonDocument.Parse(File.ReadAllBytes(_folder.File("run.json")));
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToArray();
        var enumCase = checks.Single(c => c.GetProperty("id").GetString() == "probe.enum.lowercase");
        Assert.Equal("open-point", enumCase.GetProperty("basis").GetString());
        Assert.Equal("deviation", enumCase.GetProperty("standing").GetString());
        Assert.Equal("lenient", enumCase.GetProperty("matches").GetString());
        Assert.Equal("docs/contract.md#row-7", enumCase.GetProperty("contract").GetString());
        var latin1 = checks.Single(c => c.GetProperty("id").GetString() == "content-type.charset.latin1");
        Assert.Equal("not-pinned", latin1.GetProperty("basis").GetString());
        Assert.Equal(_run.Deviations, json.RootElement.GetProperty("summary").GetProperty("deviations").GetInt32());
        Assert.DoesNotContain("DECISIONS", File.ReadAllText(_folder.File("run.json")), StringComparison.Ordinal);

        var junit = XDocument.Load(_folder.File("junit.xml"));
        var junitCase = junit.Descendants("testcase").Single(c => (string)c.Attribute("name")! == "probe.enum.lowercase");
        Assert.Contains(junitCase.Descendants("property"), p => (string)p.Attribute("name")! == "basis" && (string)p.Attribute("value")! == "open-point");
        Assert.Contains("deviates from profile strict (its answer matches lenient", junitCase.Element("failure")!.Attribute("message")!.Value, StringComparison.Ordinal);

        Assert.Contains("contract: 0 violation(s)", File.ReadAllText(_folder.File("summary.md")), StringComparison.Ordinal);
        Assert.Contains("### Deviations from profile strict", File.ReadAllText(_folder.File("summary.md")), StringComparison.Ordinal);
        Assert.Contains("contract violations", File.ReadAllText(_folder.File("report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_ListsVerdictFailuresAndFindings()
    {
        var summary = File.ReadAllText(_folder.File("summary.md"));

        Assert.StartsWith("## Conformance: FAILED", summary, StringComparison.Ordinal);
        Assert.Contains("| alarmLevel |", summary, StringComparison.Ordinal);
        Assert.Contains("`probe.enum.lowercase` | RuleNotEnforced", summary, StringComparison.Ordinal);
        Assert.Contains("suggest --profile lenient", summary, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
