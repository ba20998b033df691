using System.Text.Json.Nodes;
using Harness.Embedded;
using Harness.Fakes;
using Harness.Runs;
using Harness.TestKit;

namespace Harness.Conformance.Tests.Hostile;

/// <summary>A replayed run folder is data: it cannot choose the target, read files outside bodies/, or add headers and paths.</summary>
public sealed class ReplayHostileTests : IAsyncLifetime
{
    private const string Key = "replayKey0replayKey0replayKey000";
    private readonly string _root = Directory.CreateTempSubdirectory("replay-hostile-").FullName;
    private string _recorded = "";

    public async Task InitializeAsync()
    {
        await using var receiver = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [Key] });
        var run = await ConformanceRuns.RunAsync(new ConformanceOptions
        {
            Target = new() { BaseUrl = receiver.BaseAddress, Key = Key }, Only = ["alarmName.required", "body.size.over-limit", "headers.*", "route.path.unknown"],
        });
        var folder = RunFolder.Create(_root, "conformance", "recorded", run.StartedUtc);
        ConformanceReports.Write(run, folder);
        _recorded = folder.Path;
    }

    [Fact]
    public async Task ReplayAsync_RecordedTargetElsewhere_SendsOnlyToTheEmbeddedFake()
    {
        await using var elsewhere = new HostileTarget(HostileMode.Slow);
        Tamper(run =>
        {
            run["settings"]!["target"] = elsewhere.BaseAddress.ToString();
            run["settings"]!["embedded"] = false;
        });

        var replay = await ConformanceRuns.ReplayAsync(_recorded, new ConformanceOptions(), new FakeReceiverOptions { Keys = [Key] });

        Assert.Equal(0, elsewhere.Requests);
        Assert.True(replay.EmbeddedTarget);
        Assert.True(replay.Passed, string.Join("\n", replay.Failures.Select(f => $"{f.Id}: {f.Reason}")));
    }

    [Theory]
    [InlineData("/etc/passwd", "not a file in the run folder's bodies/")]
    [InlineData("bodies/../run.json", "not a file in the run folder's bodies/")]
    [InlineData("../../outside.body", "not a file in the run folder's bodies/")]
    [InlineData("bodies/absent.body", "missing from")]
    public async Task ReplayAsync_BodyFileOutsideBodies_IsRefusedBeforeSending(string bodyFile, string message)
    {
        Tamper(run => FirstStep(run)["bodyFile"] = bodyFile);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ConformanceRuns.ReplayAsync(_recorded, new ConformanceOptions(), new FakeReceiverOptions { Keys = [Key] }));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayAsync_BodiesFolderIsALinkElsewhere_IsRefusedBeforeReadingIt()
    {
        // bodies/ points at a folder outside holding the real bodies and a secret: the secret must not be sent.
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        var bodies = Path.Combine(_recorded, "bodies");
        foreach (var file in Directory.GetFiles(bodies))
        {
            File.Copy(file, Path.Combine(elsewhere, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(elsewhere, "secret.body"), "{\"alarmName\":\"root:x:0:0\"}");
        Directory.Delete(bodies, recursive: true);
        Directory.CreateSymbolicLink(bodies, elsewhere);
        Tamper(run => FirstStep(run)["bodyFile"] = "bodies/secret.body");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ConformanceRuns.ReplayAsync(_recorded, new ConformanceOptions(), new FakeReceiverOptions { Keys = [Key] }));

        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayAsync_BodyFileIsANamedPipe_IsRefusedWithoutWaitingForAWriter()
    {
        var pipe = Path.Combine(_recorded, "bodies", "pipe.body");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync();
        }

        Tamper(run => FirstStep(run)["bodyFile"] = "bodies/pipe.body");

        var replay = Task.Run(() => ConformanceRuns.ReplayAsync(_recorded, new ConformanceOptions(), new FakeReceiverOptions { Keys = [Key] }));
        var finished = await Task.WhenAny(replay, Task.Delay(TimeSpan.FromSeconds(15))) == replay;
        if (!finished)
        {
            await using var unblock = new FileStream(pipe, FileMode.Open, FileAccess.Write); // lets the stuck read end
        }

        Assert.True(finished, "the replay waited on a named pipe for a writer");
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => replay);
        Assert.Contains("not a plain file", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("path", "//evil.example/v1/event/huawei/custom/{key}")]
    [InlineData("path", "/v1/event/huawei/../../_fake/reset")]
    [InlineData("path", "/_fake/alarms")]
    [InlineData("method", "CONNECT")]
    [InlineData("key", "99")]
    [InlineData("bodyBase64", "not base64!")]
    public async Task ReplayAsync_StepFieldOutsideWhatTheSuiteSends_IsRefused(string field, string value)
    {
        Tamper(run =>
        {
            FirstStep(run)[field] = value;
            FirstStep(run)["bodyFile"] = null;
        });

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ConformanceRuns.ReplayAsync(_recorded, new ConformanceOptions(), new FakeReceiverOptions { Keys = [Key] }));

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../../escape")]
    [InlineData("/tmp/escape")]
    [InlineData("")]
    public async Task ReplayAsync_CheckIdThatIsAPath_IsRefused(string id)
    {
        Tamper(run =>
        {
            foreach (var check in run["checks"]!.AsArray())
            {
                check!["id"] = id;
            }
        });

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ConformanceRuns.ReplayAsync(_recorded, new ConformanceOptions(), new FakeReceiverOptions { Keys = [Key] }));

        Assert.Contains("is not a plain id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Authorization")]
    [InlineData("Host")]
    [InlineData("X-Auth-Token")]
    public async Task ReplayAsync_HeaderNotOnTheAllowList_IsRefused(string header)
    {
        Tamper(run => FirstStep(run)["headers"] = new JsonArray(new JsonObject { ["key"] = header, ["value"] = "stolen" }));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ConformanceRuns.ReplayAsync(_recorded, new ConformanceOptions(), new FakeReceiverOptions { Keys = [Key] }));

        Assert.Contains(header, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayAsync_AllowedHeaderAndEnumsInOtherCasing_AreSentInTheirCanonicalSpelling()
    {
        Tamper(run =>
        {
            foreach (var step in run["checks"]!.AsArray().SelectMany(c => c!["steps"]!.AsArray()))
            {
                step!["key"] = step["key"]!.GetValue<string>().ToLowerInvariant();
                step["token"] = step["token"]!.GetValue<string>().ToUpperInvariant();
            }

            FirstStep(run)["headers"] = new JsonArray(new JsonObject { ["key"] = "x-request-ID", ["value"] = "r1" });
        });

        var replay = await ConformanceRuns.ReplayAsync(_recorded, new ConformanceOptions(), new FakeReceiverOptions { Keys = [Key] });

        Assert.True(replay.Passed, string.Join("\n", replay.Failures.Select(f => $"{f.Id}: {f.Reason}")));
    }

    [Fact]
    public async Task ReplayAsync_HeaderPropertiesInOtherCasing_AreAClearErrorNotACrash()
    {
        Tamper(run => FirstStep(run)["headers"] = new JsonArray(new JsonObject { ["Key"] = "Accept", ["Value"] = "text/plain" }));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ConformanceRuns.ReplayAsync(_recorded, new ConformanceOptions(), new FakeReceiverOptions { Keys = [Key] }));

        Assert.Contains("a header has no name", error.Message, StringComparison.Ordinal);
    }

    private static JsonNode FirstStep(JsonNode run) => run["checks"]![0]!["steps"]![0]!;

    private void Tamper(Action<JsonNode> change)
    {
        var path = Path.Combine(_recorded, "run.json");
        var run = JsonNode.Parse(File.ReadAllText(path))!;
        change(run);
        File.WriteAllText(path, run.ToJsonString());
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }
}
