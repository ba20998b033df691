using Harness.Fakes.Http;
using Microsoft.AspNetCore.Builder;

namespace Harness.Fakes;

/// <summary>
/// The reference receiver of <c>POST /v1/event/huawei/custom/{integration_key}</c>, running on
/// Kestrel in this process: every DECISIONS.md row, a store of accepted alarms, an admin surface
/// under <c>/_fake/</c>, and optional faults. Start it with <see cref="StartAsync"/>; dispose it to stop.
/// </summary>
public sealed class FakeReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ReceiverCore _core;
    private int _disposed;
    private int _stopped;

    private FakeReceiver(WebApplication app, ReceiverCore core, IReadOnlyList<string> addresses)
    {
        _app = app;
        _core = core;
        Addresses = addresses;
        BaseAddress = new Uri(addresses[0].TrimEnd('/') + "/");
    }

    /// <summary>The meter each receiver publishes to (<c>dotnet-counters monitor --counters Harness.Fakes</c>).</summary>
    public const string MeterName = Telemetry.FakeTelemetry.MeterName;

    /// <summary>The first bound address, with the real port when port 0 was asked, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Every bound address.</summary>
    public IReadOnlyList<string> Addresses { get; }

    /// <summary>The accepted keys: the configured ones, or the one generated at start.</summary>
    public IReadOnlyList<string> Keys => _core.Keys.All.Select(k => k.Key).ToList();

    /// <summary>The options it runs with.</summary>
    public FakeReceiverOptions Options => _core.Options;

    /// <summary>Validates the options, binds, and starts answering. Throws <see cref="ArgumentException"/> listing every option problem.</summary>
    public static async Task<FakeReceiver> StartAsync(FakeReceiverOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid fake receiver options: " + string.Join("; ", problems), nameof(options));
        }

        var keys = options.Keys.Count == 0 ? [KeyGenerator.NewKey()] : options.Keys;
        var core = new ReceiverCore(options, keys);
        var app = ReceiverApp.Build(core);
        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            await core.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new FakeReceiver(app, core, SlimHost.Addresses(app));
    }

    /// <summary>The same data as <c>GET /_fake/stats</c>.</summary>
    public FakeStats GetStats() => _core.Stats();

    /// <summary>Zeroes every counter and empties the store, as <c>POST /_fake/reset</c> does.</summary>
    public void Reset() => _core.Reset();

    /// <summary>
    /// Stops taking connections and waits (until <paramref name="ct"/> is cancelled) for the requests in
    /// progress to be answered, so the counts read afterwards are final.
    /// </summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _app.StopAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>Stops answering (see <see cref="StopAsync"/>), then flushes the journal.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        await _core.DisposeAsync().ConfigureAwait(false);
    }
}
