using System.Text;
using Harness.Contract.Targets;

namespace Harness.Conformance.Oracle;

/// <summary>
/// Recognises answers that are clearly not the API's own (a gateway's error page, a redirect, a
/// dropped connection) and says what most likely produced them, so a failure caused by something
/// in front of the receiver is labelled as such instead of being read as the receiver's answer.
/// </summary>
internal static class ForeignAnswer
{
    /// <summary>A label with the likely cause, or null when the answer may well be the API's.</summary>
    public static string? Describe(TargetResponse response)
    {
        if (response.TransportError is { } error)
        {
            return IsDropped(error)
                ? "not the API's answer: the connection was dropped without an answer (a proxy or the server closed it; for a large body, most likely its body-size limit)"
                : null;
        }

        var status = response.Status!.Value;
        var who = response.Origin?.Describe() ?? "no Server or Via header";
        if (status is >= 300 and < 400)
        {
            return $"not the API's answer: a {status} redirect to {response.Origin?.Location ?? "(no Location)"} ({who}): point --target at the final URL";
        }

        if (GatewayHint.IsGatewayStatus(status))
        {
            return $"not the API's answer: {GatewayHint.UpstreamDown(status)} ({who})";
        }

        if (IsHtml(response))
        {
            return status switch
            {
                413 => $"not the API's answer: an HTML 413 page ({who}): a proxy in front enforces a body limit of its own, lower than the receiver's",
                404 => $"not the API's answer: an HTML 404 page ({who}): this looks like a wrong base path in --target",
                _ => $"not the API's answer: an HTML {status} page ({who}): a proxy or web server in front answered, not the receiver",
            };
        }

        return null;
    }

    /// <summary>True when the body is a web page rather than JSON.</summary>
    public static bool IsHtml(TargetResponse response)
    {
        if (response.ContentType is { } type && type.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var start = Encoding.UTF8.GetString(response.Body.AsSpan(0, Math.Min(response.Body.Length, 64))).TrimStart();
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDropped(string error) =>
        error.Contains("ResponseEnded", StringComparison.Ordinal)
        || error.Contains("connection broken", StringComparison.OrdinalIgnoreCase)
        || error.Contains("reset", StringComparison.OrdinalIgnoreCase)
        || error.Contains("forcibly closed", StringComparison.OrdinalIgnoreCase)
        || error.Contains("prematurely", StringComparison.OrdinalIgnoreCase);
}
