using System.Net.Security;
using System.Text.Json;

namespace Harness.Load.Reconcile;

/// <summary>
/// Reads the receiver's accepted count from <c>GET /_fake/stats</c> (the embedded fake always has it;
/// a real endpoint has not, and that is fine: then there is nothing to reconcile).
/// </summary>
internal static class FakeStatsProbe
{
    // authToken is the run's X-Auth-Token: a fake started with --require-token guards /_fake/* with it too.
    public static async Task<long?> TryReadAcceptedAsync(Uri target, bool insecure, string? authToken, CancellationToken token)
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
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("accepted", out var accepted)
                && accepted.TryGetInt64(out var count) ? count : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or JsonException or IOException)
        {
            return null;
        }
    }
}
