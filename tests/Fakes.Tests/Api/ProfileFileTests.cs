using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Api;

/// <summary>
/// <c>harness fake --profile FILE</c>: a fake started with a profile file answers every open point
/// the way the file records it, so a team can run a local fake that reads the contract like staging.
/// </summary>
public sealed class ProfileFileTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"profile-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task StartAsync_ProfileFile_AnswersEachOpenPointTheWayTheFileSays()
    {
        File.WriteAllText(_file, """
            {"kind":"harness-profile","name":"staging",
             "openPoints":{"time":"coerce","enumCase":"sensitive","blankStrings":"reject","byteOrderMark":"reject","maxDepth":65}}
            """);
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [FakeHttp.Key], Profile = ProfileFile.Read(_file) });
        using var client = FakeHttp.ClientFor(fake);

        (await FakeHttp.PostAsync(client, SpecBody.With("time", "\"1709118444540\""))).Is(ResponseKind.Success);
        (await FakeHttp.PostAsync(client, SpecBody.With("alarmLevel", "\"critical\""))).Is(ResponseKind.BadBody);
        (await FakeHttp.PostAsync(client, SpecBody.With("alarmName", "\"   \""))).Is(ResponseKind.BadBody);
        (await FakeHttp.PostAsync(client, "\uFEFF" + SpecBody.Json)).Is(ResponseKind.BadBody);
        (await FakeHttp.PostAsync(client, Deep(65))).Is(ResponseKind.Success);
        (await FakeHttp.PostAsync(client, Deep(66))).Is(ResponseKind.BadBody);
    }

    [Fact]
    public async Task StartAsync_StrictDefault_StillReadsTheOpenPointsTheStrictWay()
    {
        await using var fake = await FakeHttp.StartAsync();
        using var client = FakeHttp.ClientFor(fake);

        (await FakeHttp.PostAsync(client, SpecBody.With("time", "\"1709118444540\""))).Is(ResponseKind.BadBody);
        (await FakeHttp.PostAsync(client, SpecBody.With("alarmName", "\"   \""))).Is(ResponseKind.Success);
        (await FakeHttp.PostAsync(client, "\uFEFF" + SpecBody.Json)).Is(ResponseKind.Success);
    }

    [Fact]
    public void Validate_ProfileWithAnImpossibleDepth_IsReportedUnderProfile()
    {
        var problems = new FakeReceiverOptions { Profile = ReceiverProfile.Strict with { MaxDepth = 1 } }.Validate();

        Assert.Contains(problems, p => p.StartsWith("Profile: maxDepth", StringComparison.Ordinal));
    }

    // The spec example whose additional object nests so the body is `levels` deep (the root counts as one).
    private static string Deep(int levels) => SpecBody.Json.Replace("\"additional\" : { }",
        "\"additional\" : " + string.Concat(Enumerable.Repeat("{\"a\":", levels - 2)) + "{}" + new string('}', levels - 2), StringComparison.Ordinal);

    public void Dispose() => File.Delete(_file);
}
