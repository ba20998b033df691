using System.Text.Json.Nodes;
using Harness.Reports.Documents;
using Harness.Reports.Gate;
using Harness.Reports.Tests.Support;

namespace Harness.Reports.Tests.Documents;

/// <summary>Issue 15: run.json counts are validated and the accounting recomputed before the gate believes them.</summary>
public sealed class RunDocumentTrustTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Tampered(Action<JsonNode> change)
    {
        var dir = SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(100));
        var path = Path.Combine(dir, "run.json");
        var run = JsonNode.Parse(File.ReadAllText(path))!;
        change(run["measured"]!);
        File.WriteAllText(path, run.ToJsonString());
        return dir;
    }

    [Theory]
    [InlineData("sent", "-5")]
    [InlineData("completed", "1e30")]
    [InlineData("scheduled", "1.5")]
    [InlineData("dropped", "\"3\"")]
    public void Open_CountOutOfRange_IsUnreadableNamingTheField(string field, string value)
    {
        var dir = Tampered(m => m[field] = JsonNode.Parse(value));

        var error = Assert.Throws<RunUnreadableException>(() => RunDocument.Open(dir));

        Assert.Contains("measured." + field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_OutcomeCountNegative_IsUnreadable()
    {
        var dir = Tampered(m => m["outcomes"]!["timeout"] = -1);

        Assert.Throws<RunUnreadableException>(() => RunDocument.Open(dir));
    }

    [Fact]
    public void Open_CompletedNotTheSumOfOutcomes_IsUnreadable()
    {
        var dir = Tampered(m => m["completed"] = m["completed"]!.GetValue<long>() + 10);

        var error = Assert.Throws<RunUnreadableException>(() => RunDocument.Open(dir));

        Assert.Contains("not the sum of the answered outcomes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AccountingHoldsClaimedButSentDoesNotBalance_FailsTheGate()
    {
        var dir = Tampered(m =>
        {
            m["sent"] = m["sent"]!.GetValue<long>() + 7;
            m["scheduled"] = m["scheduled"]!.GetValue<long>() + 7;
            m["accountingHolds"] = true;
        });

        var gate = GateEvaluator.Evaluate(RunDocument.Open(dir), []);

        Assert.False(gate.Passed);
        Assert.Contains(gate.Problems, p => p.Contains("accounting does not balance", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_LoadRunJsonOverTheLoadLimit_RefusedThoughUnderTheConformanceLimit()
    {
        // run.json is read once under the larger (conformance) limit: the load reader must still hold it to its own.
        var dir = SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(100));
        var path = Path.Combine(dir, "run.json");
        using (var file = File.Open(path, FileMode.Append))
        {
            file.SetLength(Harness.Load.Records.LoadRunFiles.MaxRunJsonBytes + 1);
        }

        var error = Assert.Throws<RunUnreadableException>(() => RunDocument.Open(dir));

        Assert.Contains("more than the 64 MiB such a file may be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UntamperedRun_Passes() =>
        Assert.True(GateEvaluator.Evaluate(RunDocument.Open(SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(100))), []).Passed);
}
