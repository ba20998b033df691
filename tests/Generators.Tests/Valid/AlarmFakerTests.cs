using System.Security.Cryptography;
using System.Text.Json;
using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Contract.Validation;
using Harness.Generators.Valid;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Generators.Tests.Valid;

public class AlarmFakerTests
{
    // SHA-256 of the first 200 alarms of seed 42 at Anchor (Bogus 35.6.5).
    private const string PinnedSha256 = "235552ff4bc6c5df8ebbb6de7d149e330289880b300ac63d1a611f31e2c10a1c";

    private static readonly DateTimeOffset Anchor = new(2024, 2, 28, 11, 7, 24, 540, TimeSpan.Zero);

    [Fact]
    public void Generate_ManyAlarms_AllPassTheValidatorUnderBothProfiles()
    {
        var faker = new AlarmFaker(7, new FakeTimeProvider(Anchor));
        var strict = new AlarmValidator(Profile.Strict);
        var lenient = new AlarmValidator(Profile.Lenient);
        foreach (var alarm in faker.Take(3000))
        {
            var body = alarm.ToUtf8();
            Assert.True(strict.Validate(body, ContentTypeRule.Canonical).IsValid, alarm.ToJson());
            Assert.True(lenient.Validate(body, ContentTypeRule.Canonical).IsValid, alarm.ToJson());
        }
    }

    [Fact]
    public void Generate_SeedAndAnchor_GiveThePinnedBytes()
    {
        // Pinned: a change here means every recorded (seed, index) now names a different payload.
        var faker = new AlarmFaker(42, new FakeTimeProvider(Anchor));
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var alarm in faker.Take(200))
        {
            sha.AppendData(alarm.ToUtf8());
        }

        Assert.Equal(PinnedSha256, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    [Fact]
    public void Generate_SameSeedAndIndex_IsIdenticalInAnyOrder()
    {
        var forward = new AlarmFaker(5, Anchor.ToUnixTimeMilliseconds());
        var backward = new AlarmFaker(5, Anchor.ToUnixTimeMilliseconds());
        var ahead = Enumerable.Range(0, 50).Select(i => forward.Generate(i).ToJson()).ToArray();
        for (var i = 49; i >= 0; i--)
        {
            Assert.Equal(ahead[i], backward.Generate(i).ToJson());
        }
    }

    [Fact]
    public void Generate_DifferentSeeds_GiveDifferentAlarms()
    {
        var a = new AlarmFaker(1, Anchor.ToUnixTimeMilliseconds()).Generate(0).ToJson();
        var b = new AlarmFaker(2, Anchor.ToUnixTimeMilliseconds()).Generate(0).ToJson();
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Generate_Alarm_CarriesItsTrace()
    {
        var alarm = new AlarmFaker(9, Anchor.ToUnixTimeMilliseconds()).Generate(123);
        Assert.Equal(9, alarm.Seed);
        Assert.Equal(123, alarm.Index);
    }

    [Fact]
    public void Generate_Time_IsWithinFiveMinutesBeforeTheClock()
    {
        var anchor = Anchor.ToUnixTimeMilliseconds();
        foreach (var alarm in new AlarmFaker(3, new FakeTimeProvider(Anchor)).Take(500))
        {
            Assert.InRange(alarm.Time, anchor - 300_000, anchor);
        }
    }

    [Fact]
    public void Generate_SeverityMix_InfoAndMinorCommonCriticalRare()
    {
        var counts = new AlarmFaker(11, Anchor.ToUnixTimeMilliseconds()).Take(4000)
            .GroupBy(a => a.Text(AlarmFields.AlarmLevel)!).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(counts[AlarmLevels.Info] > counts[AlarmLevels.Major]);
        Assert.True(counts[AlarmLevels.Minor] > counts[AlarmLevels.Major]);
        Assert.True(counts[AlarmLevels.Major] > counts[AlarmLevels.Critical]);
        Assert.InRange(counts[AlarmLevels.Critical], 1, 400);
    }

    [Fact]
    public void Generate_OptionalFields_ArePresentSometimesAndAbsentSometimes()
    {
        var alarms = new AlarmFaker(13, Anchor.ToUnixTimeMilliseconds()).Take(1000)
            .Select(a => JsonDocument.Parse(a.ToUtf8()).RootElement).ToList();
        foreach (var field in AlarmFields.All)
        {
            var present = alarms.Count(a => a.TryGetProperty(field.Name, out _));
            if (field.Required)
            {
                Assert.Equal(alarms.Count, present);
            }
            else
            {
                Assert.InRange(present, 300, 990);
            }
        }
    }

    [Fact]
    public void WithText_OnANonStringField_Throws()
    {
        var alarm = new AlarmFaker(1, Anchor.ToUnixTimeMilliseconds()).Generate(0);
        Assert.Throws<ArgumentException>(() => alarm.WithText(AlarmFields.Time, "x"));
        Assert.Throws<ArgumentException>(() => alarm.WithInteger(AlarmFields.AlarmId, 1));
    }

    [Fact]
    public void WithText_SetsOneFieldAndKeepsTheRest()
    {
        var alarm = new AlarmFaker(1, Anchor.ToUnixTimeMilliseconds()).Generate(0);
        var recovered = alarm.WithText(AlarmFields.AlarmStatus, AlarmStatuses.Ok);
        Assert.True(recovered.IsRecovery);
        Assert.Equal(alarm.AlarmId, recovered.AlarmId);
        Assert.Equal(alarm.Time, recovered.Time);
    }
}
