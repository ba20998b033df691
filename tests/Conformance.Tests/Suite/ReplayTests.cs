using Harness.Embedded;
using Harness.Fakes;
using Harness.Runs;

namespace Harness.Conformance.Tests.Suite;

public sealed class ReplayTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("conformance-replay-").FullName;

    [Fact]
    public async Task ReplayAsync_RecordedRun_ResendsTheSelectedCasesWithTheirBytes()
    {
        await using var receiver = await FakeReceiver.StartAsync(new FakeReceiverOptions());
        var options = new ConformanceOptions
        {
            Target = new() { BaseUrl = receiver.BaseAddress, Key = receiver.Keys[0] },
            Fuzz = 5,
            Only = ["alarmName.*", "key.*", "fuzz.*", "body.size.*"],
        };
        var run = await ConformanceRuns.RunAsync(options);
        var folder = RunFolder.Create(_root, "conformance", "replay-test", run.StartedUtc);
        ConformanceReports.Write(run, folder);

        var replay = await ConformanceRuns.ReplayAsync(folder.Path, new ConformanceOptions
        {
            Target = new() { BaseUrl = receiver.BaseAddress, Key = receiver.Keys[0] },
            Only = ["alarmName.*", "key.*", "fuzz.0003", "body.size.over-limit"],
        });

        var ran = replay.Checks.Where(c => c.Verdict != Verdict.Skipped).ToArray();
        Assert.True(replay.Passed, FakeRuns.Failures(replay));
        Assert.Contains(ran, c => c.Id == "fuzz.0003");
        Assert.Contains(ran, c => c.Id == "body.size.over-limit" && c.ActualStatus == 413);
        Assert.All(ran, c => Assert.Equal(run[c.Id]!.ActualStatus, c.ActualStatus));
        Assert.All(ran, c => Assert.Equal(run[c.Id]!.Title, c.Title));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
