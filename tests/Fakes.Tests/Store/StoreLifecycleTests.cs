using System.Text.Json;
using Harness.Contract.Envelopes;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Store;

/// <summary>DECISIONS row 15: raise, update, clear and orphan recovery, as counted by the store and stats.</summary>
public sealed class StoreLifecycleTests
{
    private static string Alarm(string id, string? status) => SpecBody.WithTexts(("alarmId", id), ("alarmStatus", status ?? string.Empty));

    [Fact]
    public async Task Post_RaiseRepeatClearOrphan_CountsEachLifecycleStep()
    {
        await using var fake = await FakeHttp.StartAsync();
        using var client = FakeHttp.ClientFor(fake);

        (await FakeHttp.PostAsync(client, Alarm("A1", "alarm"))).Is(ResponseKind.Success);
        (await FakeHttp.PostAsync(client, Alarm("A1", "alarm"))).Is(ResponseKind.Success);
        (await FakeHttp.PostAsync(client, Alarm("A2", null))).Is(ResponseKind.Success);
        (await FakeHttp.PostAsync(client, Alarm("A1", "ok"))).Is(ResponseKind.Success);
        (await FakeHttp.PostAsync(client, Alarm("GHOST", "ok"))).Is(ResponseKind.Success);
        (await FakeHttp.PostAsync(client, Alarm("A1", "alarm"))).Is(ResponseKind.Success);

        var stats = fake.GetStats();
        Assert.Equal(6, stats.Accepted);
        Assert.Equal(new FakeAlarmCounts(Active: 2, Raised: 3, Updated: 1, Cleared: 1, OrphanRecoveries: 1, Untracked: 0), stats.Alarms);
    }

    [Fact]
    public async Task Post_SameAlarmIdFromTwoKeys_AreTwoAlarms()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [FakeHttp.Key, "secondKeyOfTheTests0123456789abc"] });
        using var client = FakeHttp.ClientFor(fake);

        await FakeHttp.PostAsync(client, Alarm("same", "alarm"));
        await FakeHttp.PostAsync(client, Alarm("same", "alarm"), key: "secondKeyOfTheTests0123456789abc");

        Assert.Equal(2, fake.GetStats().Alarms.Active);
        Assert.Equal([1L, 1L], fake.GetStats().Keys.Select(k => k.Accepted));
    }

    [Fact]
    public async Task Post_PastMaxTrackedAlarms_CountsButDoesNotKeep()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [FakeHttp.Key], MaxTrackedAlarms = 2 });
        using var client = FakeHttp.ClientFor(fake);

        for (var i = 0; i < 5; i++)
        {
            await FakeHttp.PostAsync(client, Alarm($"id{i}", "alarm"));
        }

        var alarms = fake.GetStats().Alarms;
        Assert.Equal((2L, 5L, 3L), (alarms.Active, alarms.Raised, alarms.Untracked));
    }

    [Fact]
    public async Task Journal_AppendsEveryAcceptedAlarmAsOneJsonLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fake-journal-{Guid.NewGuid():N}.ndjson");
        try
        {
            await using (var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [FakeHttp.Key], JournalPath = path }))
            {
                using var client = FakeHttp.ClientFor(fake);
                await FakeHttp.PostAsync(client, Alarm("J1", "alarm"));
                await FakeHttp.PostAsync(client, "{broken");
                await FakeHttp.PostAsync(client, SpecBody.WithTexts(("alarmId", "J1"), ("alarmStatus", "ok"), ("alarmName", "告警 🚨")));
            }

            var lines = await File.ReadAllLinesAsync(path);
            Assert.Equal(2, lines.Length);
            using var first = JsonDocument.Parse(lines[0]);
            using var second = JsonDocument.Parse(lines[1]);
            Assert.Equal("raised", first.RootElement.GetProperty("outcome").GetString());
            Assert.Equal("cleared", second.RootElement.GetProperty("outcome").GetString());
            Assert.Equal("告警 🚨", second.RootElement.GetProperty("alarm").GetProperty("alarmName").GetString());
            Assert.Equal(1709118444540, second.RootElement.GetProperty("alarm").GetProperty("time").GetInt64());
            Assert.Equal("Tk7p***", first.RootElement.GetProperty("key").GetString());
            Assert.DoesNotContain(FakeHttp.Key, lines[0], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
