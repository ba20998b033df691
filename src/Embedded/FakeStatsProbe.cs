using System.Text.Json;
using HdrHistogram;
using Harness.Telemetry;
using Harness.Contract.Targets;

namespace Harness.Embedded;

/// <summary>
/// Reads the receiver's accepted count and its own handling-time histogram from <c>GET /_fake/stats</c>
/// (the embedded fake always has it; a real endpoint has not, and that is fine: then there is nothing
/// to reconcile). What the target sends is untrusted: a histogram that does not decode is left out.
/// </summary>
internal static class FakeStatsProbe
{
    // The run's X-Auth-Token goes along: a fake started with --require-token guards /_fake/* with it too.
    public static async Task<FakeStatsReading?> TryReadAsync(TargetEndpoint endpoint, CancellationToken token)
    {
        // The same TLS, proxy and headers as the run: the stats sit behind the same gateway.
        using var handler = TargetHandler.Create(endpoint, 1, TimeSpan.FromSeconds(3));
        var target = endpoint.BaseUrl;
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        var address = new Uri(target, target.AbsolutePath.TrimEnd('/') + "/_fake/stats");
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address)
            {
                Version = endpoint.HttpVersion == "2" ? System.Net.HttpVersion.Version20 : System.Net.HttpVersion.Version11,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            };
            if (endpoint.Token is { } authToken)
            {
                request.Headers.TryAddWithoutValidation(Harness.Contract.Fields.IntegrationKeyRule.TokenHeader, authToken);
            }

            TargetPreflight.AddHeaders(request, endpoint.Headers);
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
