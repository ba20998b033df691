using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Contract.Fields;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Api;

/// <summary>DECISIONS rows 1, 2 and 19: the key is the credential and is checked before the body.</summary>
public sealed class AuthTests(ReceiversFixture receivers) : IClassFixture<ReceiversFixture>
{
    public static TheoryData<Profile, string> RefusedPaths()
    {
        var data = new TheoryData<Profile, string>();
        foreach (var profile in Enum.GetValues<Profile>())
        {
            data.Add(profile, IntegrationKeyRule.RoutePrefix);
            data.Add(profile, IntegrationKeyRule.RoutePrefix + "/");
            data.Add(profile, FakeHttp.PathFor("unknownKey0123456789"));
            data.Add(profile, FakeHttp.PathFor(FakeHttp.Key.ToLowerInvariant()));
            data.Add(profile, FakeHttp.PathFor(FakeHttp.Key + "x"));
            data.Add(profile, FakeHttp.PathFor(new string('k', IntegrationKeyRule.MaxLength + 1)));
            data.Add(profile, FakeHttp.PathFor(" "));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedPaths))]
    public async Task Post_MissingEmptyUnknownOrLongKey_Is401(Profile profile, string path)
    {
        var answer = await FakeHttp.SendAsync(receivers.For(profile), HttpMethod.Post, path, "{}"u8.ToArray());

        answer.Is(ResponseKind.Unauthorized).WithMessage("Token missing or invalid.");
    }

    [Theory]
    [InlineData(Profile.Strict)]
    [InlineData(Profile.Lenient)]
    public async Task Post_UnknownKeyWithBrokenBody_Is401NotBadBody(Profile profile)
    {
        var answer = await FakeHttp.PostAsync(receivers.For(profile), "{not json", key: "unknownKey");

        answer.Is(ResponseKind.Unauthorized);
    }

    [Theory]
    [InlineData(Profile.Strict)]
    [InlineData(Profile.Lenient)]
    public async Task Post_ValidKeyAndSpecExample_Is200Success(Profile profile)
    {
        var answer = await FakeHttp.PostAsync(receivers.For(profile), SpecBody.Json);

        answer.Is(ResponseKind.Success).WithMessage("success");
    }

    [Theory]
    [InlineData("key with/slash é")]
    [InlineData("100%sure")]
    [InlineData("日本語のキー")]
    public async Task Post_PercentEncodedKey_IsComparedAfterDecoding(string key)
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [key] });
        using var client = FakeHttp.ClientFor(fake);

        var answer = await FakeHttp.PostAsync(client, SpecBody.Json, key: key);

        answer.Is(ResponseKind.Success);
    }

    [Fact]
    public async Task Post_KeyOf255Characters_IsAccepted()
    {
        var key = new string('K', IntegrationKeyRule.MaxLength);
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [key] });
        using var client = FakeHttp.ClientFor(fake);

        (await FakeHttp.PostAsync(client, SpecBody.Json, key: key)).Is(ResponseKind.Success);
        (await FakeHttp.PostAsync(client, SpecBody.Json, key: key + "K")).Is(ResponseKind.Unauthorized);
    }

    [Theory]
    [InlineData(null, ResponseKind.Unauthorized)]
    [InlineData("", ResponseKind.Unauthorized)]
    [InlineData("wrong-token", ResponseKind.Unauthorized)]
    [InlineData("s3cret-token", ResponseKind.Success)]
    public async Task Post_WithRequiredToken_ChecksXAuthToken(string? token, ResponseKind expected)
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [FakeHttp.Key], RequiredToken = "s3cret-token" });
        using var client = FakeHttp.ClientFor(fake);
        var headers = token is null ? [] : new[] { KeyValuePair.Create(IntegrationKeyRule.TokenHeader, token) };

        var answer = await FakeHttp.SendAsync(client, HttpMethod.Post, FakeHttp.PathFor(FakeHttp.Key), System.Text.Encoding.UTF8.GetBytes(SpecBody.Json), headers: headers);

        answer.Is(expected);
    }

    [Fact]
    public async Task Post_NoKeysConfigured_GeneratesOneConsoleShapedKey()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions());
        using var client = FakeHttp.ClientFor(fake);

        var key = Assert.Single(fake.Keys);
        Assert.Equal(IntegrationKeyRule.ConsoleKeyLength, key.Length);
        Assert.True(key.All(char.IsAsciiLetterOrDigit));
        (await FakeHttp.PostAsync(client, SpecBody.Json, key: key)).Is(ResponseKind.Success);
    }
}
