using Harness.Contract.Targets;
using Harness.Load.Engine;
using Harness.Load.Payloads;
using Harness.Load.Phases;

namespace Harness.Load.Tests.Support;

internal static class Plans
{
    public static readonly LoadPayload Valid = new("{\"alarmId\":\"a1\"}"u8.ToArray(), "application/json", 200, "COC.00000000");

    public static LoadPlan Open(double rate, TimeSpan duration, Uri? target = null, string key = "testkey0123456789testkey012345678") => new()
    {
        Name = "test",
        Endpoint = new TargetEndpoint { BaseUrl = target ?? new Uri("http://127.0.0.1:9/"), Key = key },
        Phases = [new ConstantRatePhase { Name = "main", Rate = rate, Duration = duration }],
    };

    /// <summary>Drives a run on a fake clock: advances a millisecond at a time, letting the engine's continuations run.</summary>
    public static async Task<T> DriveAsync<T>(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock, Task<T> run, TimeSpan limit)
    {
        var steps = (int)limit.TotalMilliseconds;
        for (var i = 0; i < steps && !run.IsCompleted; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(1));
            await Task.Delay(1);
        }

        Assert.True(run.IsCompleted, $"the run did not end within {limit} of fake time");
        return await run;
    }
}
