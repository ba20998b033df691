using System.Text;
using BenchmarkDotNet.Attributes;
using Harness.Contract;
using Harness.Contract.Validation;
using Harness.Fakes.Store;

namespace Harness.Benchmarks.Contract;

/// <summary>
/// What full validation costs the fake receiver per request: the spec's example (accepted) and a
/// body with three violations (rejected, which builds the message). <c>Validate</c> builds the
/// accepted alarm's strings; the fake's path (<c>TryAccept</c>, then its body kept as bytes)
/// builds none, and reads them only when <c>/_fake/alarms</c> asks (<c>ReadAccepted</c>).
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

    [Benchmark]
    public bool SpecExampleTryAccept() => _strict.TryAccept(Valid, "application/json", out _, out _);

    [Benchmark]
    public string? ThreeViolationsTryAccept() => _strict.TryAccept(Invalid, "application/json", out _, out var rejection) ? null : rejection.ErrorMessage;

    /// <summary>What the fake does with an accepted body: judge it, then keep one copy of its bytes.</summary>
    [Benchmark]
    public string SpecExampleKept() =>
        _strict.TryAccept(Valid, "application/json", out var summary, out _) ? ReceivedAlarm.Kept(Valid.ToArray(), summary, _strict).AlarmId : "";

    [Benchmark]
    public string SpecExampleReadBack() => _strict.ReadAccepted(Valid).AlarmId;
}
