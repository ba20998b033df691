namespace Harness.Load.Transport.Http2.Hpack;

/// <summary>
/// A header block that breaks RFC 7541 (a compression error: the connection cannot go on, since the
/// decoder's table may no longer match the server's). Only a broken server causes it.
/// </summary>
internal sealed class HpackException : Exception
{
    public HpackException()
    {
    }

    public HpackException(string message)
        : base(message)
    {
    }

    public HpackException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
