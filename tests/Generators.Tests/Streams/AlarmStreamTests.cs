using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Contract.Validation;
using Harness.Generators.Streams;

namespace Harness.Generators.Tests.Streams;

public class AlarmStreamTests
{
    private const long Anchor = 1709118444540;

    private static List<StreamEvent> Take(AlarmStreamOptions options, int count, int seed = 4) =>
        [.. new AlarmStream(options, seed, Anchor).Take(count)];

    [Fact]
    public void Enumerate_Events_AllValidUnderStrict()
    {
        var validator = new AlarmValidator(Profile.Strict);
        foreach (var item in Take(new AlarmStreamOptions(), 2000))
        {
            Assert.True(validator.Validate(item.ToUtf8(), ContentTypeRule.Canonical).IsValid);
        }
    }

    [Fact]
    public void Enumerate_Twice_GivesTheSameEvents()
    {
        var stream = new AlarmStream(new AlarmStreamOptions(), 8, Anchor);
        Assert.Equal(stream.Take(300).Select(e => e.Alarm.ToJson()), stream.Take(300).Select(e => e.Alarm.ToJson()));
    }

    [Fact]
    public void Enumerate_IndexAndTime_FollowThePosition()
    {
        var events = Take(new AlarmStreamOptions { Spacing = TimeSpan.FromSeconds(1) }, 100);
        for (var n = 0; n < events.Count; n++)
        {
            Assert.Equal(n, events[n].Index);
            Assert.Equal(Anchor + (n * 1000L), events[n].Alarm.Time);
        }
    }

    [Fact]
    public void RaiseRecover_Only_EveryRecoveryFollowsItsRaiseWithTheSameId()
    {
        var events = Take(new AlarmStreamOptions { SingleWeight = 0, StormWeight = 0, FlappingWeight = 0, RepeatWeight = 0, RecoverAfter = 5 }, 400);
        var recoveries = events.Where(e => e.Alarm.IsRecovery).ToList();
        Assert.InRange(recoveries.Count, 150, 200);
        foreach (var recovery in recoveries)
        {
            var raise = events.First(e => e.Alarm.AlarmId == recovery.Alarm.AlarmId);
            Assert.False(raise.Alarm.IsRecovery);
            Assert.True(raise.Index < recovery.Index);
        }
    }

    [Fact]
    public void Flapping_Only_GoesAlarmOkAlarmUnderOneId()
    {
        var events = Take(new AlarmStreamOptions { SingleWeight = 0, RaiseRecoverWeight = 0, StormWeight = 0, RepeatWeight = 0, FlapChanges = 2 }, 300);
        foreach (var episode in events.GroupBy(e => e.Alarm.AlarmId).Where(g => g.Count() == 3))
        {
            Assert.Equal([AlarmStatuses.Alarm, AlarmStatuses.Ok, AlarmStatuses.Alarm],
                episode.Select(e => e.Alarm.Text(AlarmFields.AlarmStatus)));
        }

        Assert.All(events, e => Assert.Equal(StreamBehaviour.Flapping, e.Behaviour));
    }

    [Fact]
    public void Storm_Only_BurstsOfDistinctAlarmsShareOneResource()
    {
        var events = Take(new AlarmStreamOptions { SingleWeight = 0, RaiseRecoverWeight = 0, FlappingWeight = 0, RepeatWeight = 0, StormSize = 10 }, 10);
        Assert.Equal(10, events.Select(e => e.Alarm.AlarmId).Distinct().Count());
        Assert.Single(events.Select(e => e.Alarm.Text(AlarmFields.ApplicationId)).Distinct());
        Assert.Single(events.Select(e => e.Alarm.Text(AlarmFields.NameSpace)).Distinct());
    }

    [Fact]
    public void Repeat_Mix_ResendsActiveIds()
    {
        var events = Take(new AlarmStreamOptions { SingleWeight = 1, RaiseRecoverWeight = 0, StormWeight = 0, FlappingWeight = 0, RepeatWeight = 1 }, 400);
        var repeats = events.Where(e => e.Behaviour == StreamBehaviour.Repeat).ToList();
        Assert.InRange(repeats.Count, 140, 260);
        Assert.All(repeats, r => Assert.Contains(events, e => e.Index < r.Index && e.Alarm.AlarmId == r.Alarm.AlarmId));
    }

    [Fact]
    public void Options_Invalid_ReportsEveryProblemWithItsPath()
    {
        var problems = new AlarmStreamOptions
        {
            SingleWeight = 0, RaiseRecoverWeight = 0, StormWeight = 0, FlappingWeight = 0, RepeatWeight = -1,
            StormSize = 1, Spacing = TimeSpan.FromSeconds(-1),
        }.Validate();

        Assert.Contains(problems, p => p.StartsWith("RepeatWeight:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Weights:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("StormSize:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Spacing:", StringComparison.Ordinal));
    }
}
