namespace Harness.Load.Engine;

/// <summary>Which client sends the requests.</summary>
internal enum TransportKind
{
    /// <summary>The raw transports when requests go direct; HttpClient when a proxy applies.</summary>
    Auto,

    /// <summary>The lean sockets transports: HTTP/1.1 or HTTP/2 (h2 over TLS, h2c with prior knowledge), sent direct.</summary>
    Raw,

    /// <summary>HttpClient over SocketsHttpHandler: HTTP/1.1 or HTTP/2, direct or through a proxy.</summary>
    HttpClient,
}
