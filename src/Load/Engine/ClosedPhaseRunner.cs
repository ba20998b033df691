using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Transport;

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
        var owned = OwnedConnections(context, users);
        var tasks = new Task[users];
        // The users carry no execution context (nothing of the run flows in one): a socket completion then resumes
        // its user directly, not through ExecutionContext.Run at every await.
        using (ExecutionContext.SuppressFlow())
        {
            for (var user = 0; user < users; user++)
            {
                tasks[user] = UserAsync(context, phase, metrics, user, owned?[user], start, issued, budget);
            }
        }

        return Task.WhenAll(tasks);
    }

    /// <summary>
    /// A connection for each user when there are no more users than requests may be in flight and the transport
    /// lends them: a user then sends on its own connection, with no in-flight gate or shared queue per request
    /// (nothing to wait for: its connection is free whenever it is ready). Null when any user would have to share,
    /// or when requests of an earlier open phase are still in flight on the connections.
    /// </summary>
    private static IOwnedConnection[]? OwnedConnections(RunContext context, int users)
    {
        if (users > context.Limit || context.Gate.Count != 0)
        {
            return null;
        }

        var owned = new IOwnedConnection[users];
        for (var user = 0; user < users; user++)
        {
            if (context.Transport.OwnedConnection(user) is not { } connection)
            {
                return null;
            }

            owned[user] = connection;
        }

        return owned;
    }

    private static async Task UserAsync(RunContext context, Phase phase, RunMetrics metrics, int user, IOwnedConnection? own, long start, long[] issued, long budget)
    {
        // Each user is its own task from the start, so no user runs on the caller's stack.
        await Task.Yield();
        var clock = context.Clock;
        var duration = phase.PlannedDuration is { } planned && planned > TimeSpan.Zero ? planned : TimeSpan.MaxValue;
        var ramp = phase as ClosedPhase;
        // A shard's user u is the whole run's user u*n+i, so the shards' active users add up to the ramp's at every moment.
        var wholeIndex = context.Shard.WholeIndex(user);
        while (!context.Stop.IsCancellationRequested)
        {
            // One clock read: where the phase stands, and when this user is ready to send (its response time counts from here).
            var ready = clock.GetTimestamp();
            var elapsed = clock.GetElapsedTime(start, ready);
            if (elapsed >= duration)
            {
                return;
            }

            if (ramp is not null && wholeIndex >= ramp.UsersAt(elapsed))
            {
                await Task.Delay(IdlePoll, clock, context.Stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            if (budget != long.MaxValue && Interlocked.Increment(ref issued[0]) > budget)
            {
                return;
            }

            if (own is not null)
            {
                // On the user's own connection: sent at once (the connection is free), so ready time and send time are
                // one, and the request is booked here, without the in-flight gate (the user is its connection's only sender).
                metrics.CountSentAtOnce();
                var request = context.NextRequest();
                TransportResponse response;
                try
                {
                    response = await own.SendAsync(request, ready, ready + context.TimeoutTicks).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // A transport bug must not leak a request out of the books: it is a connection error.
                catch (Exception)
#pragma warning restore CA1031
                {
                    response = context.Faulted();
                }

                metrics.Record(response, request, ready);
                continue;
            }

            metrics.CountScheduled();
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
