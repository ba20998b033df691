using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Contract.Fields;
using Harness.Contract.Validation;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Api;

/// <summary>
/// DECISIONS rows 4-8 and 17, derived from the field table: every string field with missing,
/// null, empty, blank, boundary lengths in ASCII, CJK and emoji, and wrong JSON types.
/// </summary>
public sealed class FieldRuleTests(ReceiversFixture receivers) : IClassFixture<ReceiversFixture>
{
    private static IEnumerable<FieldRule> TextFields => AlarmFields.All.Where(f => f.Kind == JsonKind.String && !f.IsEnum);

    /// <summary>A value of exactly <paramref name="units"/> UTF-16 units made of one script.</summary>
    private static string Text(string script, int units) => script switch
    {
        "ascii" => new string('a', units),
        "cjk" => new string('告', units),
        _ => string.Concat(Enumerable.Repeat("🚨", units / 2)) + (units % 2 == 1 ? "a" : string.Empty),
    };

    public static TheoryData<Profile, string, string?, string?> Cases()
    {
        // (profile, field, raw JSON value or null for "absent", expected message or null for 200)
        var data = new TheoryData<Profile, string, string?, string?>();
        foreach (var profile in Enum.GetValues<Profile>())
        {
            foreach (var field in TextFields)
            {
                var missing = field.Required ? Messages.For(field, ViolationRule.Missing) : null;
                var size = Messages.For(field, ViolationRule.Size);
                data.Add(profile, field.Name, null, missing);
                data.Add(profile, field.Name, "null", missing);
                data.Add(profile, field.Name, "\"\"", field.Required ? size : null);
                data.Add(profile, field.Name, "\"   \"", null);
                foreach (var script in new[] { "ascii", "cjk", "emoji" })
                {
                    data.Add(profile, field.Name, SpecBody.Quote(Text(script, field.MaxLength)), null);
                    data.Add(profile, field.Name, SpecBody.Quote(Text(script, field.MaxLength + 1)), size);
                }

                var type = profile == Profile.Strict ? Messages.For(field, ViolationRule.Type) : null;
                data.Add(profile, field.Name, "42", type);
                data.Add(profile, field.Name, "true", type);
                data.Add(profile, field.Name, "{}", Messages.For(field, ViolationRule.Type));
                data.Add(profile, field.Name, "[]", Messages.For(field, ViolationRule.Type));
            }

            foreach (var (name, values) in new[] { (AlarmFields.AlarmLevel, AlarmLevels.All), (AlarmFields.AlarmStatus, AlarmStatuses.All) })
            {
                var wrongValue = Messages.For(name, ViolationRule.Enum);
                foreach (var value in values)
                {
                    data.Add(profile, name.Name, SpecBody.Quote(value), null);
                    data.Add(profile, name.Name, SpecBody.Quote(value.ToUpperInvariant()), profile == Profile.Strict ? wrongValue : null);
                }

                data.Add(profile, name.Name, "\"Warning\"", wrongValue);
                data.Add(profile, name.Name, "\" Critical\"", wrongValue);
            }

            data.Add(profile, "alarmLevel", null, Messages.For(AlarmFields.AlarmLevel, ViolationRule.Missing));
            data.Add(profile, "alarmStatus", null, null);
            data.Add(profile, "alarmStatus", "\"\"", null);
            data.Add(profile, "alarmStatus", "null", null);
            data.Add(profile, "additional", "{\"a\":{\"b\":[1,2,{}]}}", null);
            data.Add(profile, "additional", "null", null);
            data.Add(profile, "additional", null, null);
            data.Add(profile, "additional", "\"text\"", Messages.For(AlarmFields.Additional, ViolationRule.Type));
            data.Add(profile, "additional", "[]", Messages.For(AlarmFields.Additional, ViolationRule.Type));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_FieldValue_AnswersAsTheContractSays(Profile profile, string field, string? json, string? message)
    {
        var answer = await FakeHttp.PostAsync(receivers.For(profile), SpecBody.With(field, json));

        if (message is null)
        {
            answer.Is(ResponseKind.Success);
        }
        else
        {
            answer.Is(ResponseKind.BadBody).WithMessage(message);
        }
    }

    [Theory]
    [InlineData(Profile.Strict)]
    [InlineData(Profile.Lenient)]
    public async Task Post_SeveralViolations_ListsEveryOneInDeclarationOrder(Profile profile)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(SpecBody.Json)!.AsObject();
        body.Remove("alarmName");
        body.Remove("alarmId");
        body["alarmLevel"] = "Loud";

        var answer = await FakeHttp.PostAsync(receivers.For(profile), body.ToJsonString());

        answer.Is(ResponseKind.BadBody).WithMessage(string.Join(Messages.Separator,
            Messages.For(AlarmFields.AlarmId, ViolationRule.Missing),
            Messages.For(AlarmFields.AlarmName, ViolationRule.Missing),
            Messages.For(AlarmFields.AlarmLevel, ViolationRule.Enum)));
    }
}
