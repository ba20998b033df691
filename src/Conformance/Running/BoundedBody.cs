using System.Buffers;

namespace Harness.Conformance.Running;

/// <summary>
/// Reads a response body without trusting its size: the first <see cref="KeptBytes"/> are kept
/// (an envelope is a few hundred bytes), the rest is counted and thrown away, and reading stops
/// altogether after <see cref="MaxCountedBytes"/> so an endless chunked answer cannot hold a check
/// until its timeout. Memory per answer stays at the cap whatever the target sends.
/// </summary>
internal static class BoundedBody
{
    public const int KeptBytes = 1024 * 1024;

    public const long MaxCountedBytes = 64L * 1024 * 1024;

    /// <summary>What was read: the kept bytes, how many bytes came in all, and whether reading stopped before the end.</summary>
    public readonly record struct Read(byte[] Kept, long Total, bool Unfinished)
    {
        public bool Truncated => Total > Kept.Length;
    }

    public static async Task<Read> ReadAsync(Stream body, CancellationToken ct, int keep = KeptBytes, long maxCounted = MaxCountedBytes)
    {
        using var kept = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long total = 0;
            while (true)
            {
                var n = await body.ReadAsync(buffer, ct).ConfigureAwait(false);
                if (n == 0)
                {
                    return new Read(kept.ToArray(), total, false);
                }

                var room = (int)Math.Min(n, Math.Max(0, keep - kept.Length));
                kept.Write(buffer, 0, room);
                total += n;
                if (total >= maxCounted)
                {
                    return new Read(kept.ToArray(), total, true);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The note a check's "actual" carries when the body was cut, or null.</summary>
    public static string? Note(Read read) =>
        !read.Truncated ? null
        : read.Unfinished ? $"body cut: kept the first {read.Kept.Length} bytes, stopped reading after {read.Total} (the answer did not end)"
        : $"body cut: kept the first {read.Kept.Length} of {read.Total} bytes, the rest counted and discarded";
}
