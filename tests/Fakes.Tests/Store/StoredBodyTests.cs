using System.Buffers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Contract.Validation;
using Harness.Fakes.Store;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Store;

/// <summary>
/// The store keeps an accepted body's bytes and builds its alarm when read: what /_fake/alarms
/// shows must be what the alarm built at acceptance (the old store) showed, for every kind of
/// body, including one that arrived in several pipe segments.
/// </summary>
public sealed class StoredBodyTests
{
    public static TheoryData<Profile, string> Bodies() => new()
    {
        { Profile.Strict, SpecBody.Json },
        { Profile.Strict, SpecBody.WithTexts(("alarmName", "云监控告警 😀"), ("alarmDesc", "\u00a0tabs\tand \"quotes\"")) },
        { Profile.Strict, SpecBody.Json.Replace("\"alarm\"", "\"\\u006fk\"", StringComparison.Ordinal) },
        { Profile.Strict, SpecBody.With("additional", "{\"k\":[1,{\"x\":null}],\"s\":\"é\"}") },
        { Profile.Lenient, SpecBody.With("alarmName", "12.5e1").Replace("1709118444540", "\"1709118444540\"", StringComparison.Ordinal) },
        { Profile.Lenient, SpecBody.WithTexts(("alarmLevel", "critical"), ("alarmStatus", "OK")) },
        // Over a pipe segment (4 KB) but kept as bytes; and over the kept size, kept as its alarm.
        { Profile.Strict, SpecBody.With("padding", SpecBody.Quote(new string('p', 6000))) },
        { Profile.Strict, SpecBody.With("padding", SpecBody.Quote(new string('p', ReceivedAlarm.MaxKeptBodyBytes + 100))) },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Alarms_AcceptedBody_ReadBackAsTheAlarmBuiltWhenAccepted(Profile profile, string body)
    {
        await using var fake = await FakeHttp.StartAsync(profile);
        using var client = FakeHttp.ClientFor(fake);

        (await FakeHttp.PostAsync(client, body)).Is(ResponseKind.Success);

        var alarm = new AlarmValidator(profile).Validate(body).Alarm!;
        var expected = AlarmJsonOf(alarm);
        var alarms = await GetAlarmsAsync(client);
        Assert.Equal(expected, alarms.GetProperty("recent")[0].GetProperty("alarm").GetRawText());
        var active = alarms.GetProperty("active").EnumerateArray().Select(a => a.GetProperty("alarm").GetRawText()).ToList();
        // A recovery ("ok", escaped or in capitals) of an unknown alarm is an orphan: nothing active.
        Assert.Equal(alarm.IsRecovery ? [] : [expected], active);
        Assert.Equal(alarm.IsRecovery ? 1 : 0, fake.GetStats().Alarms.OrphanRecoveries);
    }

    [Fact]
    public async Task Post_BodyTrickledInPieces_JudgedAndStoredAsAWhole()
    {
        await using var fake = await FakeHttp.StartAsync();
        var body = Encoding.UTF8.GetBytes(SpecBody.WithTexts(("alarmId", "trickled"), ("alarmDesc", new string('d', 200) + "云")));
        using (var socket = new TcpClient { NoDelay = true })
        {
            await socket.ConnectAsync(fake.BaseAddress.Host, fake.BaseAddress.Port);
            var stream = socket.GetStream();
            var head = $"POST {FakeHttp.PathFor(FakeHttp.Key)} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            // Cut inside the multi-byte character too: the pieces are judged only once joined.
            foreach (var range in new[] { 0..7, 7..^2, ^2.. })
            {
                await stream.WriteAsync(body.AsMemory()[range]);
                await stream.FlushAsync();
                await Task.Delay(100);
            }

            var answer = new byte[4096];
            var read = await stream.ReadAsync(answer);
            Assert.StartsWith("HTTP/1.1 200", Encoding.ASCII.GetString(answer, 0, read), StringComparison.Ordinal);
        }

        using var client = FakeHttp.ClientFor(fake);
        var alarms = await GetAlarmsAsync(client);
        Assert.Equal(AlarmJsonOf(new AlarmValidator(Profile.Strict).Validate(body, "application/json").Alarm!),
            alarms.GetProperty("recent")[0].GetProperty("alarm").GetRawText());
    }

    [Fact]
    public async Task Post_SameIdAgain_ActiveShowsTheLatestBody()
    {
        await using var fake = await FakeHttp.StartAsync();
        using var client = FakeHttp.ClientFor(fake);

        await FakeHttp.PostAsync(client, SpecBody.WithTexts(("alarmId", "one"), ("alarmName", "first")));
        await FakeHttp.PostAsync(client, SpecBody.WithTexts(("alarmId", "one"), ("alarmName", "second")));

        var active = Assert.Single((await GetAlarmsAsync(client)).GetProperty("active").EnumerateArray());
        Assert.Equal("second", active.GetProperty("alarm").GetProperty("alarmName").GetString());
        Assert.Equal(1, active.GetProperty("updates").GetInt32());
    }

    private static string AlarmJsonOf(Alarm alarm)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, AlarmJson.WriterOptions))
        {
            AlarmJson.WriteAlarm(writer, alarm);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static async Task<JsonElement> GetAlarmsAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/_fake/alarms"));
        return document.RootElement.Clone();
    }
}
