using BenchmarkDotNet.Attributes;
using Harness.Contract.Targets;
using Harness.Load.Payloads;
using Harness.Load.Transport;

namespace Harness.Benchmarks.Transport;

/// <summary>
/// The raw transport's per-request path (take a connection, write, read, parse, give it back) against a real
/// server on loopback, plain and TLS: time, allocations, thread-pool work items and lock contentions per request.
/// The server comes from the environment (benchmarks/transports/micro.sh starts nginx and sets them):
/// HARNESS_BENCH_PLAIN=http://127.0.0.1:PORT, HARNESS_BENCH_TLS=https://127.0.0.1:PORT, HARNESS_BENCH_CA=ca.pem.
/// </summary>
[MemoryDiagnoser]
[ThreadingDiagnoser]
public class RawTransportBenchmarks
{
    private const int Requests = 4096;
    private static readonly byte[] Body = """{"alarmId":"bench0001","alarmName":"cpu usage high","alarmLevel":"Major","time":1732000000000}"""u8.ToArray();
    private RawHttpTransport _transport = null!;
    private PreparedRequest _request = null!;
    private long _timeoutTicks;

    [Params(16, 64, 256)]
    public int Connections { get; set; }

    [Params(false, true)]
    public bool Tls { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var target = new Uri(Environment.GetEnvironmentVariable(Tls ? "HARNESS_BENCH_TLS" : "HARNESS_BENCH_PLAIN")
            ?? throw new InvalidOperationException("run through benchmarks/transports/micro.sh (it starts nginx and sets HARNESS_BENCH_*)"));
        var tls = Tls ? RawTls.Options(target, new TargetTls { CaCertificateFile = Environment.GetEnvironmentVariable("HARNESS_BENCH_CA") }) : null;
        _request = PreparedRequest.Prepare(new LoadPayload(Body, "application/json", 200, "COC.00000000"), TargetEndpoint.RouteFor(target, "benchKey0123456789abcdefghijKLMN"), token: null);
        _transport = await RawHttpTransport.CreateAsync(target, Connections, TimeSpan.FromSeconds(5), TimeProvider.System, CancellationToken.None, tls);
        _timeoutTicks = 5 * TimeProvider.System.TimestampFrequency;
        await SendAsync(); // every connection opened (and its handshake done) before measuring
    }

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _transport.DisposeAsync();

    /// <summary>One op = 4,096 requests, Connections of them in flight at a time (closed loop); figures are per request.</summary>
    [Benchmark(OperationsPerInvoke = Requests)]
    public Task SendAsync()
    {
        var loops = new Task[Connections];
        var left = Requests;
        for (var i = 0; i < loops.Length; i++)
        {
            loops[i] = LoopAsync();
        }

        return Task.WhenAll(loops);

        async Task LoopAsync()
        {
            await Task.Yield();
            while (Interlocked.Decrement(ref left) >= 0)
            {
                var answer = await _transport.SendAsync(_request, TimeProvider.System.GetTimestamp() + _timeoutTicks);
                if (answer.Status != 200)
                {
                    throw new InvalidOperationException($"answer {answer.Status} ({answer.Failure})");
                }
            }
        }
    }
}
