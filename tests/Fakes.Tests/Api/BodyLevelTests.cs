using System.Text;
using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Contract.Validation;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Api;

/// <summary>DECISIONS rows 9, 11 and 18: bodies that are not an alarm at all, unknown fields, duplicates, BOM.</summary>
public sealed class BodyLevelTests(ReceiversFixture receivers) : IClassFixture<ReceiversFixture>
{
    public static TheoryData<Profile, byte[], BodyProblem> Broken()
    {
        var data = new TheoryData<Profile, byte[], BodyProblem>();
        foreach (var profile in Enum.GetValues<Profile>())
        {
            data.Add(profile, [], BodyProblem.Empty);
            data.Add(profile, "  \r\n"u8.ToArray(), BodyProblem.Empty);
            data.Add(profile, "{\"alarmId\":"u8.ToArray(), BodyProblem.MalformedJson);
            data.Add(profile, Encoding.UTF8.GetBytes(SpecBody.Json + "}"), BodyProblem.MalformedJson);
            data.Add(profile, "{'alarmId':'x'}"u8.ToArray(), BodyProblem.MalformedJson);
            data.Add(profile, "[1,2]"u8.ToArray(), BodyProblem.NotAnObject);
            data.Add(profile, "\"text\""u8.ToArray(), BodyProblem.NotAnObject);
            data.Add(profile, "null"u8.ToArray(), BodyProblem.NotAnObject);
            data.Add(profile, [.. "{\"alarmId\":\""u8, 0xC3, 0x28, .. "\"}"u8], BodyProblem.InvalidUtf8);
            data.Add(profile, [0xFF, 0xFE, .. "{}"u8], BodyProblem.InvalidUtf8);
            data.Add(profile, Encoding.UTF8.GetBytes(SpecBody.With("additional", Nest(ContractLimits.MaxDepth))), BodyProblem.TooDeep);
        }

        return data;
    }

    /// <summary>An object nested so the whole body reaches <paramref name="depth"/> + 1 levels (the root counts as one).</summary>
    private static string Nest(int depth) => string.Concat(Enumerable.Repeat("{\"a\":", depth - 1)) + "{}" + new string('}', depth - 1);

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task Post_BodyThatIsNotAnAlarm_Is400WithTheProblem(Profile profile, byte[] body, BodyProblem problem)
    {
        var answer = await FakeHttp.SendAsync(receivers.For(profile), HttpMethod.Post, FakeHttp.PathFor(FakeHttp.Key), body);

        answer.Is(ResponseKind.BadBody).WithMessage(Messages.For(problem));
    }

    [Theory]
    [InlineData(Profile.Strict)]
    [InlineData(Profile.Lenient)]
    public async Task Post_NestingAtTheLimit_IsAccepted(Profile profile)
    {
        var answer = await FakeHttp.PostAsync(receivers.For(profile), SpecBody.With("additional", Nest(ContractLimits.MaxDepth - 1)));

        answer.Is(ResponseKind.Success);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("text/plain", false)]
    [InlineData("application/xml", false)]
    [InlineData("application/json;charset=ISO-8859-1", false)]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("APPLICATION/JSON;charset=UTF-8", true)]
    public async Task Post_ContentType_StrictRequiresJsonLenientTakesAny(string? contentType, bool strictAccepts)
    {
        var strict = await FakeHttp.PostAsync(receivers.Strict, SpecBody.Json, contentType);
        var lenient = await FakeHttp.PostAsync(receivers.Lenient, SpecBody.Json, contentType);

        if (strictAccepts)
        {
            strict.Is(ResponseKind.Success);
        }
        else
        {
            strict.Is(ResponseKind.BadBody).WithMessage(Messages.For(BodyProblem.UnsupportedContentType));
        }

        lenient.Is(ResponseKind.Success);
    }

    [Theory]
    [InlineData(Profile.Strict)]
    [InlineData(Profile.Lenient)]
    public async Task Post_UnknownFieldsAndDuplicateKeys_AreIgnoredAndLastWins(Profile profile)
    {
        var body = SpecBody.Json.TrimEnd().TrimEnd('}') + ", \"extra\": [1, {\"x\": null}], \"alarmLevel\": \"Minor\" }";
        body = body.Replace("\"alarmId\" : \"18cfxxxxxxxxxx0f8\"", "\"alarmId\" : 12, \"alarmId\" : \"dup-1\"", StringComparison.Ordinal);

        var answer = await FakeHttp.PostAsync(receivers.For(profile), body);

        answer.Is(ResponseKind.Success);
    }

    [Theory]
    [InlineData(Profile.Strict)]
    [InlineData(Profile.Lenient)]
    public async Task Post_Utf8ByteOrderMark_IsTolerated(Profile profile)
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(SpecBody.Json)];

        var answer = await FakeHttp.SendAsync(receivers.For(profile), HttpMethod.Post, FakeHttp.PathFor(FakeHttp.Key), body);

        answer.Is(ResponseKind.Success);
    }
}
