using System.Text.Json.Nodes;
using Harness.Cli.Commands;

namespace Harness.Cli.Tests.Hostile;

/// <summary>
/// <c>harness report</c> rewrites a conformance run folder's report.html from its run.json: a check's
/// contract link (which becomes an href) cannot carry markup into the page.
/// </summary>
public sealed class ConformanceReportMarkupTests(SeedRuns seeds) : IClassFixture<SeedRuns>
{
    [Fact]
    public void Execute_ContractLinkWithMarkup_ReportHtmlHoldsNoLiveMarkup()
    {
        var folder = Path.Combine(seeds.Root, "markup", "run");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(seeds.Conformance, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(seeds.Conformance, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var path = Path.Combine(folder, "run.json");
        var run = JsonNode.Parse(File.ReadAllText(path))!;
        // A failing check (so its section, with the link, is drawn) whose link breaks out of the href.
        var check = run["checks"]![0]!;
        check["verdict"] = "WrongStatus";
        check["standing"] = "violation";
        check["contract"] = "docs/contract.md#x\"><img src=x onerror=alert(1)><a href=\"";
        run["summary"]!["passed"] = false;
        File.WriteAllText(path, run.ToJsonString());

        var exit = ReportCommand.Execute(folder, [], new StringWriter());

        Assert.Equal(ExitCode.Passed, exit);
        var html = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.Contains(check["id"]!.GetValue<string>(), html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }
}
