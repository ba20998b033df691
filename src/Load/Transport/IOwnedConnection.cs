using Harness.Load.Payloads;

namespace Harness.Load.Transport;

/// <summary>
/// One connection of a transport that a closed-loop user holds for a whole phase (when there are no more users
/// than connections): its requests go straight to it, one at a time, with no shared queue or in-flight gate between.
/// </summary>
internal interface IOwnedConnection
{
    /// <summary>
    /// Sends <paramref name="request"/>; <paramref name="sentAt"/> is when the user handed it over (the start of its
    /// service time), <paramref name="deadline"/> as in <see cref="ILoadTransport.SendAsync"/>. Never throws for expected failures.
    /// </summary>
    ValueTask<TransportResponse> SendAsync(PreparedRequest request, long sentAt, long deadline);
}
