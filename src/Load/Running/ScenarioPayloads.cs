using Harness.Generators.Pools;
using Harness.Generators.Streams;
using Harness.Load.Payloads;
using Harness.Load.Scenarios;

namespace Harness.Load.Running;

/// <summary>Builds a scenario's payload pool with the generators and hands it to the engine.</summary>
internal static class ScenarioPayloads
{
    public static IReadOnlyList<LoadPayload> Build(Scenario scenario, TimeProvider clock)
    {
        var mix = scenario.Payload;
        var pool = PayloadPool.Build(new PayloadPoolOptions
        {
            Size = mix.PoolSize,
            Seed = mix.Seed,
            BrokenShare = mix.BrokenShare,
            Profile = scenario.Target.Profile,
            Time = clock,
            Stream = StreamOptions(mix.Streams),
        });
        var payloads = new LoadPayload[pool.Count];
        for (var i = 0; i < payloads.Length; i++)
        {
            var p = pool[i];
            payloads[i] = new LoadPayload(p.Body, p.ContentType, p.ExpectedStatus, p.ExpectedErrorCode, p.CaseId);
        }

        return payloads;
    }

    // The scenario gives shares of payloads; the generators weigh episodes. Independent alarms take
    // the remainder, and repeats are left out so the shares asked for are the only behaviours.
    internal static AlarmStreamOptions? StreamOptions(StreamMix streams)
    {
        var streamed = streams.RaiseRecover + streams.Storms + streams.Flapping;
        if (streamed <= 0)
        {
            return null;
        }

        return new AlarmStreamOptions
        {
            SingleWeight = Math.Max(0, 1 - streamed),
            RaiseRecoverWeight = streams.RaiseRecover,
            StormWeight = streams.Storms,
            FlappingWeight = streams.Flapping,
            RepeatWeight = 0,
            StormSize = Math.Max(2, streams.StormSize),
            FlapChanges = Math.Max(1, streams.FlapCycles),
        };
    }
}
