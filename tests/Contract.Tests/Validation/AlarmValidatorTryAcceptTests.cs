using System.Text;
using Harness.Contract.Fields;
using Harness.Contract.Validation;

namespace Harness.Contract.Tests.Validation;

/// <summary>
/// TryAccept judges ASCII text on its bytes and builds no alarm; it must give every body the same
/// verdict, message and alarm (through ReadAccepted) as Validate, which decodes every string.
/// </summary>
public sealed class AlarmValidatorTryAcceptTests
{
    /// <summary>The profiles that change which bodies pass on their bytes (blank strings, enum case).</summary>
    internal static readonly ReceiverProfile[] Profiles =
    [
        ReceiverProfile.Strict,
        ReceiverProfile.Lenient,
        ReceiverProfile.Strict with { Name = "blank-reject", AcceptsBlankStrings = false },
        ReceiverProfile.Strict with { Name = "enum-insensitive", CaseInsensitiveEnums = true },
    ];

    public static TheoryData<string> Bodies()
    {
        var data = new TheoryData<string> { SpecExample.Json };
        string[] names = ["a", "", " ", "   ", "\t", "\u00a0", " \u00a0 ", "\u3000", "x ", "云监控告警", "😀",
            new('a', 255), new('a', 256), new('中', 255), new('中', 256), string.Concat(Enumerable.Repeat("😀", 127)) + "a",
            string.Concat(Enumerable.Repeat("😀", 128)), "tab\there", "quote\"d", "back\\slash", "\u0001"];
        foreach (var name in names)
        {
            data.Add(SpecExample.With("alarmName", SpecExample.Quote(name)));
            data.Add(SpecExample.With("alarmId", SpecExample.Quote(name)));
        }

        string[] levels = ["Critical", "critical", "CRITICAL", "Major", "Minor", "Info", "info", "Urgent", "", " ", "Crit\u0131cal", "\u212Aritical"];
        string[] statuses = ["alarm", "ok", "OK", "Ok", "oK", "Alarm", "", "okay", "o", "\uff2f\uff2b", "\u212A"];
        foreach (var level in levels)
        {
            data.Add(SpecExample.With("alarmLevel", SpecExample.Quote(level)));
        }

        foreach (var status in statuses)
        {
            data.Add(SpecExample.With("alarmStatus", SpecExample.Quote(status)));
        }

        // Escaped text: decoded before it is judged, as before.
        data.Add(SpecExample.Json.Replace("\"alarm\"", "\"\\u006fk\"", StringComparison.Ordinal));
        data.Add(SpecExample.Json.Replace("\"Critical\"", "\"Cr\\u0069tical\"", StringComparison.Ordinal));
        data.Add(SpecExample.Json.Replace("\"18cfxxxxxxxxxx0f8\"", "\"18cf\\/\\u00e9\\n\"", StringComparison.Ordinal));
        data.Add(SpecExample.Json.Replace("\"CPU Usage Exceeding Threshold\"", "\"\\u0020\\t\"", StringComparison.Ordinal));

        // Types the lenient profile coerces and the strict one refuses.
        data.Add(SpecExample.With("alarmName", "123"));
        data.Add(SpecExample.With("alarmId", "1.5e3"));
        data.Add(SpecExample.With("alarmStatus", "true"));
        data.Add(SpecExample.With("time", "\"1709118444540\""));
        data.Add(SpecExample.With("time", "1.7e12"));
        data.Add(SpecExample.With("additional", "[1,2]"));
        data.Add(SpecExample.With("additional", "{\"k\":\"v\",\"n\":[1,{\"x\":null}]}"));
        data.Add(SpecExample.With("alarmId", null));
        data.Add(SpecExample.With("alarmStatus", "null"));
        data.Add("""{"alarmName":"","alarmLevel":"critical","time":"yesterday","nameSpace":"shanghai","applicationId":"18cfa0a5ef8d","alarmDesc":"string","alarmSource":"coc"}""");
        data.Add("{}");
        data.Add("[]");
        data.Add("{\"alarmId\":");
        return data;
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void TryAccept_AnyBody_SameVerdictAndAlarmAsValidate(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        foreach (var profile in Profiles)
        {
            var validator = new AlarmValidator(profile);
            var expected = validator.Validate(bytes, "application/json");

            var accepted = validator.TryAccept(bytes, "application/json", out var summary, out var rejection);

            Assert.Equal(expected.IsValid, accepted);
            if (!accepted)
            {
                Assert.Equal(expected.Problem, rejection!.Problem);
                Assert.Equal(expected.ErrorMessage, rejection.ErrorMessage);
                Assert.Equal(expected.Violations.Select(v => (v.Field.Name, v.Rule)), rejection.Violations.Select(v => (v.Field.Name, v.Rule)));
                continue;
            }

            Assert.Null(rejection);
            Assert.Equal(expected.Alarm!.AlarmId, summary.AlarmId);
            Assert.Equal(expected.Alarm.IsRecovery, summary.IsRecovery);
            AssertSameAlarm(expected.Alarm, validator.ReadAccepted(bytes));
        }
    }

    [Fact]
    public void TryAccept_UnsupportedContentType_RejectedAsValidateDoes()
    {
        var validator = new AlarmValidator(ReceiverProfile.Strict);

        Assert.False(validator.TryAccept(Encoding.UTF8.GetBytes(SpecExample.Json), "text/plain", out _, out var rejection));
        Assert.Equal(BodyProblem.UnsupportedContentType, rejection!.Problem);
    }

    [Fact]
    public void ReadAccepted_RejectedBody_ThrowsNamingTheProblem()
    {
        var validator = new AlarmValidator(ReceiverProfile.Strict);

        var thrown = Assert.Throws<ArgumentException>(() => validator.ReadAccepted(Encoding.UTF8.GetBytes(SpecExample.With("alarmId", null))));
        Assert.Contains("alarmId", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsBlank_EveryAsciiCharacter_AgreesWithIsNullOrWhiteSpace()
    {
        for (var c = 0; c < 128; c++)
        {
            var text = new string((char)c, 3);
            Assert.Equal(string.IsNullOrWhiteSpace(text), AsciiText.IsBlank(Encoding.ASCII.GetBytes(text)));
            Assert.False(AsciiText.IsBlank(Encoding.ASCII.GetBytes(" x" + (char)c)));
        }

        Assert.True(AsciiText.IsBlank([]));
    }

    private static void AssertSameAlarm(Alarm expected, Alarm actual)
    {
        foreach (var field in AlarmFields.All.Where(f => f.Kind == JsonKind.String))
        {
            Assert.Equal(expected[field], actual[field]);
        }

        Assert.Equal(expected.Time, actual.Time);
        Assert.Equal(expected.AdditionalJson, actual.AdditionalJson);
    }
}
