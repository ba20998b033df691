using System.Net.Http.Headers;
using System.Text;
using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Contract.Fields;
using Harness.Contract.Validation;

namespace Harness.Fakes.Tests.Support;

/// <summary>Starts receivers on free loopback ports and talks to them over real HTTP.</summary>
internal static class FakeHttp
{
    /// <summary>A console-shaped key (32 letters and digits).</summary>
    public const string Key = "Tk7pQ2mZx9LbR4vNw8YcH3sJd6FgA1eU";

    public static Task<FakeReceiver> StartAsync(Profile profile = Profile.Strict) =>
        FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [Key], Profile = profile });

    public static HttpClient ClientFor(FakeReceiver fake) => new() { BaseAddress = fake.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public static string PathFor(string key) => IntegrationKeyRule.PathFor(key);

    public static Task<Answer> PostAsync(HttpClient client, string body, string? contentType = ContentTypeRule.Canonical, string key = Key) =>
        SendAsync(client, HttpMethod.Post, PathFor(key), Encoding.UTF8.GetBytes(body), contentType);

    public static async Task<Answer> SendAsync(
        HttpClient client, HttpMethod method, string path, byte[]? body, string? contentType = ContentTypeRule.Canonical,
        IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = null;
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var response = await client.SendAsync(request);
        return await ReadAsync(response);
    }

    /// <summary>Reads an answer and asserts the envelope's shape: JSON, the four fields, data null, provider 049.</summary>
    public static async Task<Answer> ReadAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var contentType = response.Content.Headers.ContentType?.MediaType;
        Assert.True(EnvelopeJson.TryParse(bytes, out var envelope, out var problem), $"not an envelope: {problem}: {Encoding.UTF8.GetString(bytes)}");
        Assert.Equal(EnvelopeJson.ContentType, contentType);
        Assert.Equal(ResponseCodes.ProviderCode, envelope!.ProviderCode);
        Assert.True(envelope.DataIsNull, "data must be null");
        Assert.NotNull(envelope.ErrorCode);
        Assert.NotNull(envelope.ErrorMsg);
        return new Answer((int)response.StatusCode, envelope, contentType, response);
    }

    public static MediaTypeHeaderValue Json => new("application/json");
}
