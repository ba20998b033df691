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
    private static readonly byte[] Valid = Encoding.UTF8.GetBytes("""
        {"alarmId":"18cfxxxxxxxxxx0f8","alarmName":"CPU Usage Exceeding Threshold","alarmLevel":"Critical",
         "time":1709118444540,"nameSpace":"shanghai","regionId":"eu-west-0","applicationId":"18cfa0a5ef8d",
         "resourceName":"machine-1","resourceId":"18cxxxxxxxxxxxxff68625","alarmDesc":"string",
         "URL":"https://example.com","alarmStatus":"alarm","alarmSource":"coc","additional":{}}
        """);

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
