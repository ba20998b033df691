using Harness.Load.Measurement;
using Harness.Load.Scheduling;
using Harness.Load.Workload;

namespace Harness.Load.Engine;

/// <summary>
/// The open model: starts each request at its intended time whatever the target does. When the
/// in-flight cap is reached a start waits (and is counted late), and past the drop bound it is
/// dropped (counted, never sent): load is never skipped silently.
/// </summary>
internal static class OpenPhaseRunner
{
    public static async Task RunAsync(RunContext context, PhasePlan phase, int seed, RunMetrics metrics)
    {
        var clock = context.Clock;
        var frequency = clock.TimestampFrequency;
        var schedule = new ArrivalSchedule(phase.Segments, phase.Spacing, seed);
        var lateAfter = context.Ticks(context.Plan.LateAfter);
        var dropAfter = context.Ticks(context.Plan.DropAfter ?? context.Plan.RequestTimeout);
        var cap = context.Plan.MaxInFlight;
        var start = clock.GetTimestamp();
        var arrival = -1L;
        while (!context.Stop.IsCancellationRequested && schedule.TryNext(out var offset))
        {
            // Every shard walks the whole schedule (same seed) and keeps its own arrivals: the shards' union is the whole.
            if (!context.Shard.Owns(++arrival))
            {
                continue;
            }

            var intended = start + (long)(offset * frequency);
            var now = clock.GetTimestamp();
            // Timers round to whole milliseconds (and may fire early): sleep whole milliseconds, rounded
            // up, until the intended time has passed, so no request ever leaves before its time.
            while (intended > now && !context.Stop.IsCancellationRequested)
            {
                var sleep = TimeSpan.FromMilliseconds(Math.Max(1, Math.Ceiling((intended - now) * 1000.0 / frequency)));
                var wakeTarget = now + (long)(sleep.TotalSeconds * frequency);
                await Task.Delay(sleep, clock, context.Stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                now = clock.GetTimestamp();
                // Wake-up lateness is the generator's own lag (timers, CPU), not the target's doing.
                metrics.SchedulerLag.RecordValue(LatencyHistograms.Clamp(LatencyHistograms.ToMicroseconds(Math.Max(0, now - wakeTarget), frequency)));
            }

            if (context.Stop.IsCancellationRequested)
            {
                break;
            }

            // Counted once its time has come: from here it is either sent or dropped, never lost.
            metrics.CountScheduled();
            if (context.Gate.Count >= cap)
            {
                var waitLeft = TimeSpan.FromSeconds((double)(intended + dropAfter - now) / frequency);
                if (!await context.Gate.WaitBelowAsync(cap, waitLeft, clock, context.Stop).ConfigureAwait(false))
                {
                    // A start that never went out counts as dropped, Ctrl+C or not: the books balance.
                    metrics.CountDropped();
                    if (context.Stop.IsCancellationRequested)
                    {
                        break;
                    }

                    continue;
                }

                now = clock.GetTimestamp();
            }

            metrics.RecordStart(now - intended, lateAfter);
            context.Start(context.NextRequest(), intended, metrics);
        }
    }
}
