using BenchmarkDotNet.Attributes;
using Harness.Generators.Pools;

namespace Harness.Benchmarks.Generators;

/// <summary>Building a pool of 100,000 payloads before a load run (target: under 1 s).</summary>
[MemoryDiagnoser]
public class PayloadPoolBuildBenchmarks
{
    [Params(0.0, 0.1)]
    public double BrokenShare { get; set; }

    [Benchmark]
    public int Build100k() =>
        PayloadPool.Build(new PayloadPoolOptions { Size = 100_000, Seed = 1, BrokenShare = BrokenShare, Time = FixedClock.Instance }).Count;
}
