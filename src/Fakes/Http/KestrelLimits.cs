using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Harness.Fakes.Http;

/// <summary>Kestrel's limits, each set on purpose for a receiver that must survive hostile clients.</summary>
internal static class KestrelLimits
{
    private const int BackstopSlack = 64 * 1024;

    public static void Apply(KestrelServerOptions kestrel, int maxBodyBytes)
    {
        // The Server header is noise on every answer of a load test.
        kestrel.AddServerHeader = false;
        var limits = kestrel.Limits;

        // Backstop only: the handler counts body bytes itself, answers 413 at exactly the limit,
        // and drains up to BodyRead.DrainBytes more so the client can read that answer. Kestrel's
        // limit sits above the drain (plus slack: its count of chunked bodies runs slightly
        // ahead of the bytes delivered), so it only ends connections that keep sending anyway.
        limits.MaxRequestBodySize = (long)maxBodyBytes + BodyRead.DrainBytes + BackstopSlack;

        // Slow-loris bodies: under 240 B/s after a 5 s grace period the connection is cut, so a
        // trickling client cannot hold a request (and its memory) forever.
        limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));

        // Clients that never read their answers are cut the same way.
        limits.MinResponseDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));

        // Headers must arrive within 10 s (default 30 s): slow-header clients free their slot sooner.
        limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);

        // Idle keep-alive connections are closed after 60 s (default 130 s): load tools reuse
        // busy connections, and idle ones only cost memory.
        limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);

        // The longest legal target is the route plus a 255-character key percent-encoded as
        // 4-byte UTF-8 (12 characters per pair), well under 8 KiB; headers stay at 32 KiB.
        limits.MaxRequestLineSize = 8 * 1024;
        limits.MaxRequestHeadersTotalSize = 32 * 1024;
        limits.MaxRequestHeaderCount = 100;

        // Load tests open many connections on purpose: no cap beyond the operating system's.
        limits.MaxConcurrentConnections = null;
        limits.MaxConcurrentUpgradedConnections = 0;
    }
}
