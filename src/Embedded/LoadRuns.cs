using Harness.Contract;
using Harness.Contract.Targets;
using Harness.Fakes;
using Harness.Load.Records;
using Harness.Load.Running;
using Harness.Load.Scenarios;

namespace Harness.Embedded;

/// <summary>
/// Runs a scenario against its target, or, when neither the options nor the scenario name one,
/// against the reference receiver started on a free loopback port for the run; then reconciles
/// the harness's count with the receiver's own (<see cref="StatsReconciliation"/>).
/// </summary>
public static class LoadRuns
{
    public static async Task<LoadRunRecord> RunAsync(
        Scenario scenario, ScenarioRunOptions? options = null, EmbeddedRunOptions? embedded = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new ScenarioRunOptions();
        embedded ??= new EmbeddedRunOptions();
        if (options.EndpointFor(scenario) is { } target)
        {
            return await StatsReconciliation.AroundAsync(target, options, embedded.Reconcile,
                o => ScenarioRunner.RunAsync(scenario, target, o, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        var token = options.Token ?? scenario.Target.Token;
        var fakeOptions = embedded.Fake ?? new FakeReceiverOptions();
        // Every other receiver option (faults, journal, limits) is kept as the caller gave it.
        await using var fake = await FakeReceiver.StartAsync(fakeOptions with
        {
            Keys = options.Key is { } k ? [k] : fakeOptions.Keys,
            RequiredToken = token,
            Profile = scenario.Target.Profile,
        }, cancellationToken).ConfigureAwait(false);
        var fakeKey = fake.Keys[0];
        embedded.Log?.Invoke($"No --target: started the embedded fake receiver at {fake.BaseAddress} (key {Secrets.Redact(fakeKey)}, profile {scenario.Target.Profile.ToString().ToLowerInvariant()}).");
        var onFake = options with { Target = fake.BaseAddress, Key = fakeKey, Tls = new TargetTls(), Proxy = TargetProxy.None };
        var endpoint = onFake.EndpointFor(scenario)!;
        var result = await StatsReconciliation.AroundAsync(endpoint, onFake, embedded.Reconcile,
            o => ScenarioRunner.RunAsync(scenario, endpoint, o, cancellationToken), cancellationToken).ConfigureAwait(false);
        return result with { EmbeddedTarget = true };
    }
}
