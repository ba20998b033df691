namespace Harness.Load.Engine;

/// <summary>Which client sends the requests.</summary>
public enum TransportKind
{
    /// <summary>The lean HTTP/1.1 sockets transport for plain HTTP; HttpClient otherwise.</summary>
    Auto,

    /// <summary>The lean HTTP/1.1 sockets transport (plain HTTP only).</summary>
    Raw,

    /// <summary>HttpClient over SocketsHttpHandler: TLS, HTTP/2, proxies.</summary>
    HttpClient,
}
