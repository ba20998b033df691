using BenchmarkDotNet.Attributes;
using Harness.Generators.Pools;

namespace Harness.Benchmarks.Generators;

/// <summary>The cost and allocations of taking the next pooled payload (target: 0 bytes).</summary>
[MemoryDiagnoser]
public class PayloadPoolNextBenchmarks
{
    private const int Batch = 1000;
    private PayloadPool _pool = null!;

    [GlobalSetup]
    public void Setup() =>
        _pool = PayloadPool.Build(new PayloadPoolOptions
        {
            Size = 10_000,
            BrokenShare = 0.1,
            Time = FixedClock.Instance,
        });

    /// <summary>One op = 1,000 calls; the mean is per call.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int Next()
    {
        var length = 0;
        for (var i = 0; i < Batch; i++)
        {
            length += _pool.Next().Body.Length;
        }

        return length;
    }
}
