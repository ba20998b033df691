using System.Text.Json;
using Harness.Contract.Envelopes;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Admin;

/// <summary>The admin surface under /_fake/: health, stats (the agreed shape), alarms, reset.</summary>
public sealed class AdminApiTests
{
    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Health_ReportsProfileAndFaults()
    {
        await using var fake = await FakeHttp.StartAsync(Contract.Profile.Lenient);
        using var client = FakeHttp.ClientFor(fake);

        var health = await GetJsonAsync(client, "/_fake/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("lenient", health.GetProperty("profile").GetString());
        Assert.Equal(JsonValueKind.Null, health.GetProperty("faults").GetProperty("latency").ValueKind);
    }

    [Fact]
    public async Task Stats_MatchTheAnswersGivenInTheAgreedShape()
    {
        await using var fake = await FakeHttp.StartAsync();
        using var client = FakeHttp.ClientFor(fake);
        await FakeHttp.PostAsync(client, SpecBody.Json);
        await FakeHttp.PostAsync(client, SpecBody.Json);
        await FakeHttp.PostAsync(client, SpecBody.With("alarmName", null));
        await FakeHttp.PostAsync(client, SpecBody.Json, key: "nope");
        await FakeHttp.PostAsync(client, "[]");
        await FakeHttp.SendAsync(client, HttpMethod.Get, FakeHttp.PathFor(FakeHttp.Key), null);
        await FakeHttp.SendAsync(client, HttpMethod.Get, "/elsewhere", null);

        var stats = await GetJsonAsync(client, "/_fake/stats");

        Assert.Equal(2, stats.GetProperty("accepted").GetInt64());
        Assert.Equal(5, stats.GetProperty("rejected").GetInt64());
        var byStatus = stats.GetProperty("byStatus");
        Assert.Equal((2L, 2L, 1L, 1L, 1L, 0L), (byStatus.GetProperty("200").GetInt64(), byStatus.GetProperty("400").GetInt64(),
            byStatus.GetProperty("401").GetInt64(), byStatus.GetProperty("404").GetInt64(), byStatus.GetProperty("405").GetInt64(),
            byStatus.GetProperty("413").GetInt64()));
        var byReason = stats.GetProperty("byReason");
        Assert.Equal(1, byReason.GetProperty("alarmName.Missing").GetInt64());
        Assert.Equal(1, byReason.GetProperty("auth.keyUnknown").GetInt64());
        Assert.Equal(1, byReason.GetProperty("body.NotAnObject").GetInt64());
        var key = Assert.Single(stats.GetProperty("keys").EnumerateArray());
        Assert.Equal("Tk7p***", key.GetProperty("key").GetString());
        Assert.Equal((2L, 2L), (key.GetProperty("accepted").GetInt64(), key.GetProperty("rejected").GetInt64()));
        var alarms = stats.GetProperty("alarms");
        Assert.Equal((1L, 1L, 1L), (alarms.GetProperty("active").GetInt64(), alarms.GetProperty("raised").GetInt64(), alarms.GetProperty("updated").GetInt64()));
        Assert.Equal(0, alarms.GetProperty("orphanRecoveries").GetInt64());
        Assert.Equal(0, alarms.GetProperty("cleared").GetInt64());
    }

    [Fact]
    public async Task Alarms_ListActiveAndRecentWithRedactedKeys()
    {
        await using var fake = await FakeHttp.StartAsync();
        using var client = FakeHttp.ClientFor(fake);
        await FakeHttp.PostAsync(client, SpecBody.WithTexts(("alarmId", "first")));
        await FakeHttp.PostAsync(client, SpecBody.WithTexts(("alarmId", "second")));
        await FakeHttp.PostAsync(client, SpecBody.WithTexts(("alarmId", "first"), ("alarmStatus", "ok")));

        var alarms = await GetJsonAsync(client, "/_fake/alarms");
        var text = alarms.GetRawText();

        var active = Assert.Single(alarms.GetProperty("active").EnumerateArray());
        Assert.Equal("second", active.GetProperty("alarm").GetProperty("alarmId").GetString());
        Assert.Equal(["cleared", "raised", "raised"], alarms.GetProperty("recent").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()));
        Assert.DoesNotContain(FakeHttp.Key, text, StringComparison.Ordinal);
        Assert.Single((await GetJsonAsync(client, "/_fake/alarms?limit=1")).GetProperty("recent").EnumerateArray());
    }

    [Fact]
    public async Task Reset_ZeroesCountersAndEmptiesTheStore()
    {
        await using var fake = await FakeHttp.StartAsync();
        using var client = FakeHttp.ClientFor(fake);
        await FakeHttp.PostAsync(client, SpecBody.Json);
        await FakeHttp.PostAsync(client, "{");

        using var reset = await client.PostAsync("/_fake/reset", null);

        Assert.Equal(200, (int)reset.StatusCode);
        var stats = fake.GetStats();
        Assert.Equal((0L, 0L, 0L), (stats.Accepted, stats.Rejected, stats.Alarms.Active));
        Assert.Empty(stats.ByReason);
        Assert.Empty((await GetJsonAsync(client, "/_fake/alarms")).GetProperty("recent").EnumerateArray());
        (await FakeHttp.PostAsync(client, SpecBody.Json)).Is(ResponseKind.Success);
        Assert.Equal(1, fake.GetStats().Alarms.Raised);
    }
}
