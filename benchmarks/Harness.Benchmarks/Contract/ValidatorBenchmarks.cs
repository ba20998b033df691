using System.Text;
using BenchmarkDotNet.Attributes;
using Harness.Contract;
using Harness.Contract.Validation;

namespace Harness.Benchmarks.Contract;

/// <summary>
/// What full validation costs the fake receiver per request: the spec's example (accepted) and a
/// body with three violations (rejected, which builds the message).
/// </summary>
[MemoryDiagnoser]
public class ValidatorBenchmarks
{
    private static readonly byte[] Valid = Encoding.UTF8.GetBytes(SpecRequestExample.Json);

    private static readonly byte[] Invalid = Encoding.UTF8.GetBytes("""
        {"alarmName":"","alarmLevel":"critical","time":"yesterday","nameSpace":"shanghai",
         "applicationId":"18cfa0a5ef8d","alarmDesc":"string","alarmSource":"coc"}
        """);

    private readonly AlarmValidator _strict = new(Profile.Strict);

    [Benchmark(Baseline = true)]
    public bool SpecExample() => _strict.Validate(Valid, "application/json").IsValid;

    [Benchmark]
    public string? ThreeViolations() => _strict.Validate(Invalid, "application/json").ErrorMessage;
}
