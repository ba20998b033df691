using Harness.Contract;
using Harness.Contract.Targets;
using Harness.Fakes;
using Harness.Load.Engine;
using Harness.Load.Records;
using Harness.Load.Scenarios;

namespace Harness.Load.Running;

/// <summary>
/// Runs a scenario as a library call (what <c>harness load</c> does, and what an xunit test calls
/// to assert on the result): builds the payload pool, resolves the target (or starts the embedded
/// fake), and runs the engine.
/// </summary>
public static class ScenarioRunner
{
    public static async Task<LoadRunRecord> RunAsync(Scenario scenario, ScenarioRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new ScenarioRunOptions();
        var target = options.Target ?? scenario.Target.BaseUrl;
        var token = options.Token ?? scenario.Target.Token;
        var payloads = ScenarioPayloads.Build(scenario, options.Run.Clock);
        if (target is not null)
        {
            var key = options.Key ?? scenario.Target.Key ?? string.Empty;
            var plan = ScenarioPlanner.ToPlan(scenario, target, key, token, options);
            return await LoadEngine.RunAsync(plan, payloads, options.Run, cancellationToken).ConfigureAwait(false);
        }

        var fakeOptions = options.EmbeddedFake ?? new FakeReceiverOptions();
        // Every other receiver option (faults, journal, limits) is kept as the caller gave it.
        await using var fake = await FakeReceiver.StartAsync(fakeOptions with
        {
            Keys = options.Key is { } k ? [k] : fakeOptions.Keys,
            RequiredToken = token,
            Profile = scenario.Target.Profile,
        }, cancellationToken).ConfigureAwait(false);
        var fakeKey = fake.Keys[0];
        options.Log?.Invoke($"No --target: started the embedded fake receiver at {fake.BaseAddress} (key {Secrets.Redact(fakeKey)}, profile {scenario.Target.Profile.ToString().ToLowerInvariant()}).");
        var embeddedPlan = ScenarioPlanner.ToPlan(scenario, fake.BaseAddress, fakeKey, token, options with { Tls = new TargetTls(), Proxy = TargetProxy.None });
        var result = await LoadEngine.RunAsync(embeddedPlan, payloads, options.Run, cancellationToken).ConfigureAwait(false);
        return result with { EmbeddedTarget = true };
    }
}
