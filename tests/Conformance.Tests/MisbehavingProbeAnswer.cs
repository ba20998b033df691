using System.Text.Json;

namespace Harness.Conformance.Tests;

/// <summary>What a target answered a probe: status, Content-Type and envelope, or no answer in time.</summary>
internal sealed record MisbehavingProbeAnswer(int Status, string? ContentType, string Body, bool TimedOut)
{
    public static readonly MisbehavingProbeAnswer NoAnswer = new(0, null, "", TimedOut: true);

    public JsonElement? Member(string name)
    {
        try
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var value)
                ? value.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string? ErrorCode => Member("error_code")?.GetString();

    public string ErrorMsg => Member("error_msg")?.GetString() ?? "";

    public static async Task<MisbehavingProbeAnswer> SendAsync(HttpClient client, HttpRequestMessage request, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            using var response = await client.SendAsync(request, cancel.Token);
            var body = await response.Content.ReadAsStringAsync(cancel.Token);
            return new MisbehavingProbeAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, false);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return NoAnswer;
        }
    }

    public override string ToString() => TimedOut ? "(no answer in time)" : $"{Status} [{ContentType}] {Body}";
}
