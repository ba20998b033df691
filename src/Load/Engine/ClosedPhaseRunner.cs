using Harness.Load.Measurement;
using Harness.Load.Phases;

namespace Harness.Load.Engine;

/// <summary>
/// The closed model: virtual users that each send, wait for the answer, and send again. A ramp
/// turns users on and off over time; an iteration phase shares a fixed number of requests.
/// </summary>
/// <remarks>
/// A closed model slows down with the target, so its response times hide queueing (coordinated
/// omission): here the intended time of a request is simply when its user was ready to send.
/// </remarks>
internal static class ClosedPhaseRunner
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(20);

    /// <summary>Runs a <see cref="ClosedPhase"/> or an <see cref="IterationsPhase"/>.</summary>
    public static Task RunAsync(RunContext context, Phase phase, RunMetrics metrics)
    {
        var clock = context.Clock;
        var start = clock.GetTimestamp();
        var iterations = phase as IterationsPhase;
        var wholeUsers = phase is ClosedPhase closed ? closed.MaxUsers : iterations!.Concurrency;
        var users = context.Shard.ShareOf(wholeUsers);
        var budget = iterations is not null ? context.Shard.IterationsOf(iterations.Count, wholeUsers) : long.MaxValue;
        var issued = new long[1];
        var tasks = new Task[users];
        for (var user = 0; user < users; user++)
        {
            tasks[user] = UserAsync(context, phase, metrics, user, start, issued, budget);
        }

        return Task.WhenAll(tasks);
    }

    private static async Task UserAsync(RunContext context, Phase phase, RunMetrics metrics, int user, long start, long[] issued, long budget)
    {
        // Each user is its own task from the start, so no user runs on the caller's stack.
        await Task.Yield();
        var clock = context.Clock;
        var duration = phase.PlannedDuration is { } planned && planned > TimeSpan.Zero ? planned : TimeSpan.MaxValue;
        while (!context.Stop.IsCancellationRequested)
        {
            var elapsed = clock.GetElapsedTime(start);
            if (elapsed >= duration)
            {
                return;
            }

            // A shard's user u is the whole run's user u*n+i, so the shards' active users add up to the ramp's at every moment.
            if (phase is ClosedPhase closed && context.Shard.WholeIndex(user) >= closed.UsersAt(elapsed))
            {
                await Task.Delay(IdlePoll, clock, context.Stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            if (Interlocked.Increment(ref issued[0]) > budget)
            {
                return;
            }

            metrics.CountScheduled();
            var ready = clock.GetTimestamp();
            // More users than connections: a user waits for one (response time counts from when it was
            // ready), and one that waits a whole request timeout gives up: dropped, never sent.
            if (!context.Gate.TryEnter(context.Limit) && !await context.Gate.EnterAsync(context.Limit, context.Plan.RequestTimeout, clock, context.Stop).ConfigureAwait(false))
            {
                metrics.CountDropped();
                continue;
            }

            await context.SendAsync(context.NextRequest(), ready, metrics).ConfigureAwait(false);
        }
    }
}
