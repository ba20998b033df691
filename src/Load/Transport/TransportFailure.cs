namespace Harness.Load.Transport;

/// <summary>Why a transport brought back no answer (None when it did).</summary>
internal enum TransportFailure : byte
{
    None,
    Timeout,
    Connection,
    Cancelled,
}
