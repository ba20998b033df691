using Harness.Contract.Targets;
using Harness.Contract;
using Harness.Load.Measurement;
using Harness.Load.Payloads;
using Harness.Load.Phases;
using Harness.Load.Records;
using Harness.Load.Sharding;
using Harness.Load.Transport.Http2;
using Harness.Load.Transport;

namespace Harness.Load.Engine;

/// <summary>
/// Runs a <see cref="LoadPlan"/>: phases in order, warm-up measured apart, every request accounted
/// for. Cancelling the token (Ctrl+C) stops the run; the result is then marked partial. An abortOnFail
/// threshold that fails (after its grace) also stops it, and the result says which (<see cref="LoadRunRecord.AbortedBy"/>).
/// </summary>
internal static class LoadEngine
{
    /// <summary>Runs the plan with these payloads (sent in turn). Throws only for an invalid plan.</summary>
    public static Task<LoadRunRecord> RunAsync(LoadPlan plan, IReadOnlyList<LoadPayload> payloads, LoadRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(payloads);
        options ??= new LoadRunOptions();
        var problems = plan.Validate();
        if (payloads.Count == 0)
        {
            problems = [.. problems, "payloads: at least one payload is needed"];
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The load plan is not valid:\n  " + string.Join("\n  ", problems), nameof(plan));
        }

        return RunCoreAsync(plan, payloads, options, token => CreateTransportAsync(plan, options.Clock, token), cancellationToken);
    }

    internal static async Task<ILoadTransport> CreateTransportAsync(LoadPlan plan, TimeProvider clock, CancellationToken token)
    {
        var tls = plan.Endpoint.UsesTls ? RawTls.Options(plan.Endpoint.BaseUrl, plan.Endpoint.Tls) : null;
        if (!UsesRawTransport(plan))
        {
            return new HttpClientTransport(plan, clock, token);
        }

        return plan.Endpoint.HttpVersion == "2"
            ? await Http2Transport.CreateAsync(plan.Endpoint.BaseUrl, plan.Connections, StreamsPerConnection(plan), plan.Endpoint.Headers, plan.RequestTimeout, clock, token, tls).ConfigureAwait(false)
            : await RawHttpTransport.CreateAsync(plan.Endpoint.BaseUrl, plan.Connections, plan.RequestTimeout, clock, token, tls).ConfigureAwait(false);
    }

    /// <summary>
    /// The raw transports (HTTP/1.1 or HTTP/2, plain or TLS) whenever requests go direct; HttpClient when asked for,
    /// and whenever a proxy applies (from --proxy or the environment), so that no transport ignores a proxy.
    /// </summary>
    internal static bool UsesRawTransport(LoadPlan plan) =>
        plan.Transport == TransportKind.Raw
        || (plan.Transport == TransportKind.Auto && plan.EffectiveProxy is null);

    /// <summary>HTTP/2 streams per connection: the requests in flight spread over the connections (as h2load's -m with -c).</summary>
    internal static int StreamsPerConnection(LoadPlan plan) => Math.Max(1, (plan.MaxInFlight + plan.Connections - 1) / plan.Connections);

    internal static async Task<LoadRunRecord> RunCoreAsync(
        LoadPlan plan, IReadOnlyList<LoadPayload> payloads, LoadRunOptions options,
        Func<CancellationToken, Task<ILoadTransport>> transportFactory, CancellationToken token)
    {
        var clock = options.Clock;
        var started = clock.GetUtcNow();
        var endpoint = plan.Endpoint;
        var address = endpoint.RouteUrl;
        var shownTarget = PreparedRequest.DisplayAddress(endpoint.BaseUrl, Secrets.Redact(endpoint.Key));
        var connection = ConnectionFacts.Planned(endpoint);
        if (options.CheckReachable)
        {
            // One real request the way the run will send it (TLS, HTTP version, proxy, headers): a cause, not 150 connection errors.
            var preflight = await TargetPreflight.RunAsync(endpoint, Min(plan.RequestTimeout, TimeSpan.FromSeconds(10)), token).ConfigureAwait(false);
            if (preflight.Problem is { } problem)
            {
                return ResultBuilder.Unreachable(plan, shownTarget, started, problem, clock.TimestampFrequency) with { Connection = preflight.Facts };
            }

            connection = preflight.Facts;
        }

        var requests = payloads.Select(p => PreparedRequest.Prepare(p, address, endpoint.Token, endpoint.Headers)).ToArray();
        if (options.BeforeTraffic is { } beforeTraffic)
        {
            await beforeTraffic(token).ConfigureAwait(false);
        }

        await using var transport = await transportFactory(token).ConfigureAwait(false);
        var shard = options.Shard?.Spec ?? ShardSpec.Whole;
        // Ctrl+C cancels `token` (sends stop, requests in flight are cancelled); an abortOnFail threshold
        // cancels only `stopping` (sends stop, requests in flight end on their own, so the books hold).
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(token);
        var context = new RunContext(plan, clock, transport, requests, token, stopping.Token) { Shard = shard };
        var watch = new ThresholdWatch(plan.Thresholds, clock, stopping, plan.LateAfter, shard, context.Progress);
        // Connections open before the clock starts: a start must not be late because its connection was still being made.
        await transport.OpenAsync(Min(plan.RequestTimeout, TimeSpan.FromSeconds(10))).ConfigureAwait(false);
        // Connected and ready: now wait for the common start, so every agent's first phase begins together.
        var alignedStart = await PhaseAlignment.WaitForStartAsync(options.StartAt, clock, token).ConfigureAwait(false);
        if (options.StartAt is not null)
        {
            started = clock.GetUtcNow();
        }

        var measured = new RunMetrics(clock.TimestampFrequency);
        var warmup = new RunMetrics(clock.TimestampFrequency);
        // A run's own telemetry leaves the meter with the run; one given by the caller stays until the caller disposes it.
        using var ownTelemetry = options.Telemetry is null ? new Telemetry.LoadTelemetry() : null;
        var telemetry = options.Telemetry ?? ownTelemetry!;
        telemetry.Begin(plan, options.Shard, started, clock);
        var phases = new List<PhaseResult>();
        long? measuredStart = null;
        using (var sampler = new IntervalSampler(clock, options.Interval, options.OnInterval) { AfterMeasuredSample = watch.IsActive ? watch.Check : null, Telemetry = telemetry })
        {
            sampler.Start();
            for (var i = 0; i < plan.Phases.Count && !stopping.IsCancellationRequested; i++)
            {
                var phase = plan.Phases[i].Runnable;
                var metrics = phase.IsWarmup ? warmup : measured;
                sampler.Activate(metrics, phase.DisplayName, phase.IsWarmup);
                telemetry.PhaseStarted(phase);
                var before = metrics.Counts;
                var phaseStart = clock.GetTimestamp();
                if (!phase.IsWarmup)
                {
                    measuredStart ??= phaseStart;
                    watch.BeginMeasured(measuredStart.Value);
                    watch.PhaseStarted(phase, plan.Seed + i, phaseStart, before);
                }

                await (phase is OpenPhase open
                    ? OpenPhaseRunner.RunAsync(context, open, plan.Seed + i, metrics)
                    : ClosedPhaseRunner.RunAsync(context, phase, metrics)).ConfigureAwait(false);
                var phaseResult = ResultBuilder.Phase(phase, before, metrics.Counts, clock.GetElapsedTime(phaseStart), plan.Seed + i, shard, stopping.IsCancellationRequested, plan.LateAfter);
                phases.Add(phaseResult);
                if (!phase.IsWarmup)
                {
                    watch.PhaseEnded(phaseResult);
                }

                if (alignedStart is { } origin)
                {
                    // The next phase begins at its planned offset, whichever agent finished this one first
                    // (after the phase is judged: the wait is the schedule's, not the dispatcher's).
                    await PhaseAlignment.WaitForPlannedEndAsync(origin, plan.Phases, i, clock, stopping.Token).ConfigureAwait(false);
                }
            }

            // Requests still in flight end with an answer, a timeout, or (after Ctrl+C) a cancellation.
            await context.Gate.WaitBelowAsync(1, plan.RequestTimeout + TimeSpan.FromSeconds(2), clock, CancellationToken.None).ConfigureAwait(false);
            var measuredSeconds = measuredStart is { } s ? clock.GetElapsedTime(s).TotalSeconds : 0;
            sampler.Dispose();
            telemetry.End();
            var measuredTotals = ResultBuilder.Totals(measured, sampler.TotalsFor(measured), measuredSeconds);
            var warmupSeconds = phases.Where(p => p.Warmup).Sum(p => p.Actual.TotalSeconds);
            var warmupTotals = plan.Phases.Any(p => p.IsWarmup) ? ResultBuilder.Totals(warmup, sampler.TotalsFor(warmup), warmupSeconds) : null;
            var totals = sampler.TotalsFor(measured);
            var timeline = sampler.Rows;
            return new LoadRunRecord
            {
                Name = plan.Name,
                Target = shownTarget,
                Transport = transport.Name,
                Connection = connection,
                StartedUtc = started,
                Partial = token.IsCancellationRequested,
                AbortedBy = token.IsCancellationRequested ? null : watch.Abort,
                Measured = measuredTotals,
                Warmup = warmupTotals,
                Phases = phases,
                Timeline = timeline,
                SelfCheck = SelfCheck.From(totals.Intervals == 0 ? 0 : (double)totals.CpuSaturatedIntervals / totals.Intervals, measuredTotals.SchedulerLag),
                Health = TargetHealth.Judge(measuredTotals, timeline),
                Shard = options.Shard is { } identity ? identity with { LateStart = PhaseAlignment.LateBy(options.StartAt, started) } : null,
            };
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
