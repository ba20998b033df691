using Harness.Contract.Targets;
using Harness.Load.Records;
using Harness.Load.Running;
using Harness.Telemetry;

namespace Harness.Embedded;

/// <summary>
/// Reads the receiver's <c>/_fake/stats</c> before and after a run and sets the result's
/// <see cref="Reconciliation"/> (or says why there is none). Any target may publish the stats:
/// a separately started <c>harness fake</c> does, as the embedded one does.
/// </summary>
internal static class StatsReconciliation
{
    public static async Task<LoadRunRecord> AroundAsync(
        TargetEndpoint target, ScenarioRunOptions options, bool reconcile, Func<ScenarioRunOptions, Task<LoadRunRecord>> runAsync, CancellationToken token)
    {
        var run = options.Run;
        FakeStatsReading? before = null;
        // Read after the pre-flight (its GET is the receiver's too), before the first request.
        var reading = run with
        {
            BeforeTraffic = async ct =>
            {
                if (run.BeforeTraffic is { } callers)
                {
                    await callers(ct).ConfigureAwait(false);
                }

                before = await FakeStatsProbe.TryReadAsync(target, ct).ConfigureAwait(false);
            },
        };
        var result = await runAsync(reconcile ? options with { Run = reading } : options).ConfigureAwait(false);
        if (result.Unreachable is not null)
        {
            return result;
        }

        var skipped = !reconcile ? (run.Shard?.Spec.Count > 1 ? "one shard of several: the receiver's counts include the other agents' traffic" : "turned off for this run")
            : before is null ? "the target has no /_fake/stats (only the reference fake receiver has one)"
            // After Ctrl+C the results are written at once; a slow or gone target is not asked again.
            : token.IsCancellationRequested ? "the run was interrupted"
            : null;
        if (skipped is null && before is not null && await FakeStatsProbe.TryReadAsync(target, CancellationToken.None).ConfigureAwait(false) is { } after)
        {
            var harnessAccepted = Status200(result.Measured) + (result.Warmup is { } warmup ? Status200(warmup) : 0);
            return result with
            {
                Reconciliation = new Reconciliation(after.Accepted - before.Accepted, harnessAccepted)
                {
                    ServerTime = after.HandlingTime is { } h ? HistogramText.Difference(h, before.HandlingTime) : null,
                },
            };
        }

        return result with { ReconciliationSkipped = skipped ?? "the target's /_fake/stats did not answer after the run" };
    }

    private static long Status200(LoadTotals totals) => totals.Statuses.TryGetValue(200, out var n) ? n : 0;
}
