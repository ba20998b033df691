using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Contract.Fields;
using Harness.Contract.Validation;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Api;

/// <summary>DECISIONS row 3: <c>time</c> is epoch milliseconds in 1..Int64.MaxValue; lenient coerces like Jackson.</summary>
public sealed class TimeTests(ReceiversFixture receivers) : IClassFixture<ReceiversFixture>
{
    public static TheoryData<string?, ViolationRule?, ViolationRule?> Cases() => new()
    {
        // raw JSON (null = absent), strict verdict, lenient verdict (null = 200)
        { "1709118444540", null, null },
        { "1", null, null },
        { "9223372036854775807", null, null },
        { null, ViolationRule.Missing, ViolationRule.Missing },
        { "null", ViolationRule.Missing, ViolationRule.Missing },
        { "0", ViolationRule.Range, ViolationRule.Range },
        { "-5", ViolationRule.Range, ViolationRule.Range },
        { "9223372036854775808", ViolationRule.Range, ViolationRule.Range },
        { "\"1709118444540\"", ViolationRule.Type, null },
        { "\"soon\"", ViolationRule.Type, ViolationRule.Type },
        { "1709118444540.7", ViolationRule.Type, null },
        { "1.7E12", ViolationRule.Type, null },
        { "true", ViolationRule.Type, ViolationRule.Type },
        { "{}", ViolationRule.Type, ViolationRule.Type },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_TimeValue_StrictAndLenientAnswerAsDecided(string? json, ViolationRule? strict, ViolationRule? lenient)
    {
        foreach (var (profile, rule) in new[] { (Profile.Strict, strict), (Profile.Lenient, lenient) })
        {
            var answer = await FakeHttp.PostAsync(receivers.For(profile), SpecBody.With("time", json));

            if (rule is { } broken)
            {
                answer.Is(ResponseKind.BadBody).WithMessage(Messages.For(AlarmFields.Time, broken));
            }
            else
            {
                answer.Is(ResponseKind.Success);
            }
        }
    }
}
