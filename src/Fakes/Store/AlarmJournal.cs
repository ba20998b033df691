using System.Buffers;
using System.Text.Json;
using System.Threading.Channels;

namespace Harness.Fakes.Store;

/// <summary>
/// Appends every accepted alarm to a file as one JSON line (NDJSON). Requests only enqueue; one
/// background writer drains the queue into a buffered stream and flushes whenever it runs dry,
/// so the file trails the answers by milliseconds. A full queue makes requests wait, not drop.
/// </summary>
internal sealed class AlarmJournal : IAsyncDisposable
{
    private const int QueueCapacity = 65_536;

    private readonly Channel<RecentAlarm> _queue = Channel.CreateBounded<RecentAlarm>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly FileStream _file;
    private readonly Task _writer;

    public AlarmJournal(string path)
    {
        _file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 64 * 1024, useAsync: true);
        _writer = Task.Run(WriteAllAsync);
    }

    public ValueTask AppendAsync(RecentAlarm alarm, CancellationToken cancellation) =>
        _queue.Writer.TryWrite(alarm) ? ValueTask.CompletedTask : _queue.Writer.WriteAsync(alarm, cancellation);

    private async Task WriteAllAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        await using var json = new Utf8JsonWriter(buffer, AlarmJson.WriterOptions);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var alarm))
            {
                buffer.ResetWrittenCount();
                json.Reset();
                AlarmJson.WriteRecent(json, alarm);
                json.Flush();
                buffer.Write("\n"u8);
                await _file.WriteAsync(buffer.WrittenMemory).ConfigureAwait(false);
            }

            await _file.FlushAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
    }
}
