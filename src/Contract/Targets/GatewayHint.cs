namespace Harness.Contract.Targets;

/// <summary>
/// The one wording for "a gateway answered 502/503/504 instead of the API", shared by the transport
/// pre-flight (both commands) and the conformance probe, so a user reads the same cause either way.
/// </summary>
public static class GatewayHint
{
    /// <summary>True for the statuses a gateway gives when its upstream is down or slow.</summary>
    public static bool IsGatewayStatus(int status) => status is 502 or 503 or 504;

    /// <summary>"the gateway says 502: the upstream receiver is down or not answering".</summary>
    public static string UpstreamDown(int status) => $"the gateway says {status}: the upstream receiver is down or not answering";
}
