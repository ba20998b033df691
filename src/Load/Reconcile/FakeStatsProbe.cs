using System.Net.Security;
using System.Text.Json;
using HdrHistogram;
using Harness.Telemetry;

namespace Harness.Load.Reconcile;

/// <summary>
/// Reads the receiver's accepted count and its own handling-time histogram from <c>GET /_fake/stats</c>
/// (the embedded fake always has it; a real endpoint has not, and that is fine: then there is nothing
/// to reconcile). What the target sends is untrusted: a histogram that does not decode is left out.
/// </summary>
internal static class FakeStatsProbe
{
    // authToken is the run's X-Auth-Token: a fake started with --require-token guards /_fake/* with it too.
    public static async Task<FakeStatsReading?> TryReadAsync(Uri target, bool insecure, string? authToken, CancellationToken token)
    {
        using var handler = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(3), UseProxy = false };
        if (insecure)
        {
            handler.SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = static (_, _, _, _) => true };
        }

        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        var address = new Uri(target, target.AbsolutePath.TrimEnd('/') + "/_fake/stats");
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            if (authToken is not null)
            {
                request.Headers.TryAddWithoutValidation(Harness.Contract.Fields.IntegrationKeyRule.TokenHeader, authToken);
            }

            using var response = await client.SendAsync(request, token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("accepted", out var accepted) && accepted.TryGetInt64(out var count)
                ? new FakeStatsReading(count, HandlingTime(root))
                : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or JsonException or IOException)
        {
            return null;
        }
    }

    private static HistogramBase? HandlingTime(JsonElement root)
    {
        if (!root.TryGetProperty("handlingTime", out var handling) || handling.ValueKind != JsonValueKind.Object
            || !handling.TryGetProperty("hdr", out var hdr) || hdr.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return HistogramText.Decode(hdr.GetString()!);
        }
#pragma warning disable CA1031 // Any failure to decode a target's bytes means "no histogram", never a failed run.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
