using BenchmarkDotNet.Attributes;
using Harness.Generators.Valid;

namespace Harness.Benchmarks.Generators;

/// <summary>How many realistic alarms per second the faker makes, serialized to UTF-8.</summary>
[MemoryDiagnoser]
public class AlarmFakerBenchmarks
{
    private const int Batch = 1000;
    private AlarmFaker _faker = null!;
    private long _next;

    [GlobalSetup]
    public void Setup() => _faker = new AlarmFaker(42, 1709118444540);

    /// <summary>One op = 1,000 payloads; payloads/s = 1,000 / mean.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int GenerateUtf8()
    {
        var bytes = 0;
        for (var i = 0; i < Batch; i++)
        {
            bytes += _faker.Generate(_next++).ToUtf8().Length;
        }

        return bytes;
    }
}
