namespace Harness.Fakes.Http;

/// <summary>How reading a request body ended.</summary>
internal enum BodyReadStatus
{
    /// <summary>The whole body is in <see cref="BodyRead.Buffer"/>, not yet consumed from the pipe.</summary>
    Complete,

    /// <summary>Over the limit; the rest was drained so the client can read the 413.</summary>
    TooLarge,

    /// <summary>Broken framing, a data-rate violation, or the client went away.</summary>
    Unreadable,

    /// <summary>Not all there yet (<see cref="BodyRead.Buffered"/> only): read it with <see cref="BodyRead.ReadAsync"/>.</summary>
    Pending,
}
