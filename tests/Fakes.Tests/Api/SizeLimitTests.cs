using System.Text;
using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Api;

/// <summary>DECISIONS row 10: over the body limit is 413 with the envelope, whether or not Content-Length says so.</summary>
public sealed class SizeLimitTests
{
    private const int Limit = 4096;

    private static async Task<(FakeReceiver Fake, HttpClient Client)> StartAsync()
    {
        var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [FakeHttp.Key], MaxBodyBytes = Limit });
        return (fake, FakeHttp.ClientFor(fake));
    }

    /// <summary>The spec example padded with an unknown field to exactly <paramref name="size"/> bytes.</summary>
    private static byte[] BodyOf(int size)
    {
        var head = "{\"pad\":\"";
        var tail = "\"," + SpecBody.Json.TrimStart()[1..];
        var padding = size - Encoding.UTF8.GetByteCount(head + tail);
        return Encoding.UTF8.GetBytes(head + new string('p', padding) + tail);
    }

    [Theory]
    [InlineData(Limit, ResponseKind.Success)]
    [InlineData(Limit + 1, ResponseKind.TooLarge)]
    [InlineData(Limit * 50, ResponseKind.TooLarge)]
    public async Task Post_WithContentLength_AnswersByTheLimit(int size, ResponseKind expected)
    {
        var (fake, client) = await StartAsync();
        await using var _ = fake;
        using var __ = client;

        var answer = await FakeHttp.SendAsync(client, HttpMethod.Post, FakeHttp.PathFor(FakeHttp.Key), BodyOf(size));

        answer.Is(expected);
        if (expected == ResponseKind.TooLarge)
        {
            answer.WithMessage("Request entity too large");
        }
    }

    [Theory]
    [InlineData(Limit, ResponseKind.Success)]
    [InlineData(Limit + 1, ResponseKind.TooLarge)]
    [InlineData(Limit * 50, ResponseKind.TooLarge)]
    public async Task Post_Chunked_CountsTheBytesItself(int size, ResponseKind expected)
    {
        var (fake, client) = await StartAsync();
        await using var _ = fake;
        using var __ = client;
        using var request = new HttpRequestMessage(HttpMethod.Post, FakeHttp.PathFor(FakeHttp.Key))
        {
            Content = new StreamContent(new MemoryStream(BodyOf(size))),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        request.Headers.TransferEncodingChunked = true;

        var answer = await FakeHttp.ReadAsync(await client.SendAsync(request));

        answer.Is(expected);
        Assert.Equal(expected == ResponseKind.Success ? 1 : 0, fake.GetStats().Accepted);
    }

    [Fact]
    public void DefaultLimit_IsOneMebibyte() =>
        Assert.Equal(ContractLimits.DefaultMaxBodyBytes, new FakeReceiverOptions().MaxBodyBytes);
}
