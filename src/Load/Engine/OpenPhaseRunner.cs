using Harness.Load.Measurement;
using Harness.Load.Phases;

namespace Harness.Load.Engine;

/// <summary>
/// The open model: starts each request at its intended time whatever the target does. When every
/// connection is busy (or the in-flight cap is reached) a start waits (and is counted late), and past
/// the drop bound it is dropped (counted, never sent): load is never skipped silently.
/// </summary>
internal static class OpenPhaseRunner
{
    public static async Task RunAsync(RunContext context, OpenPhase phase, int seed, RunMetrics metrics)
    {
        var clock = context.Clock;
        var frequency = clock.TimestampFrequency;
        var schedule = new ArrivalSchedule(phase, seed);
        var lateAfter = context.Ticks(context.Plan.LateAfter);
        var dropAfter = context.Ticks(context.Plan.EffectiveDropAfter);
        var progress = context.Progress;
        var start = clock.GetTimestamp();
        progress.Began(start);
        var arrival = -1L;
        var freedAt = 0L;
        while (!context.Stop.IsCancellationRequested && schedule.TryNext(out var offset))
        {
            // Every shard walks the whole schedule (same seed) and keeps its own arrivals: the shards' union is the whole.
            if (!context.Shard.Owns(++arrival))
            {
                continue;
            }

            var intended = start + (long)(offset * frequency);
            await PreciseDelay.UntilAsync(intended, clock, context.Stop).ConfigureAwait(false);
            if (context.Stop.IsCancellationRequested)
            {
                break;
            }

            var now = clock.GetTimestamp();
            // How late the dispatcher itself reached this start (timers, CPU, a burst of arrivals): the
            // generator's own lag, kept apart from the target's doing and reported by the self-check.
            // Time spent waiting for a connection is the target's doing, so lag counts from the end of that wait.
            metrics.SchedulerLag.RecordValue(LatencyHistograms.Clamp(LatencyHistograms.ToMicroseconds(now - Math.Max(intended, freedAt), frequency)));

            // Counted once its time has come: from here it is either sent or dropped, never lost.
            metrics.CountScheduled();
            // A slot is a free connection (and room under maxInFlight): a start that waits for one is
            // late, and one still waiting at the drop bound is dropped, whatever maxInFlight says.
            if (!context.Gate.TryEnter(context.Limit))
            {
                var waitLeft = TimeSpan.FromSeconds((double)(intended + dropAfter - now) / frequency);
                progress.Holding();
                var entered = await context.Gate.EnterAsync(context.Limit, waitLeft, clock, context.Stop).ConfigureAwait(false);
                freedAt = clock.GetTimestamp();
                progress.Released(freedAt);
                if (!entered)
                {
                    // A start that never went out counts as dropped, Ctrl+C or not: the books balance.
                    metrics.CountDropped();
                    if (context.Stop.IsCancellationRequested)
                    {
                        break;
                    }

                    continue;
                }

                now = freedAt;
            }

            metrics.RecordStart(now - intended, lateAfter);
            context.Start(context.NextRequest(), intended, metrics);
        }
    }
}
