using System.Globalization;
using System.Text.Json.Serialization;
using Harness.Contract.Text;
using Harness.Load.Measurement;

namespace Harness.Load.Records;

/// <summary>
/// Whether the run measured the API at all: a target that stopped answering, or whose answers are
/// mostly not the API's, makes every latency meaningless, so the run fails with a one-line cause
/// instead of passing on what little was measured.
/// </summary>
internal sealed record TargetHealth([property: JsonConverter(typeof(CamelEnumConverter<TargetVerdict>))] TargetVerdict Verdict, string? Cause)
{
    /// <summary>Requests without an answer beyond this share: the target was not there for the run.</summary>
    public const double NoAnswerBound = 0.5;

    /// <summary>Answers without the API's envelope beyond this share: something else answered.</summary>
    public const double ForeignAnswerBound = 0.5;

    /// <summary>Seconds at the end of the run with requests failing and no answer at all: the target went away.</summary>
    public const int SilentTailIntervals = 2;

    /// <summary>The error_code recorded for an answer without the envelope.</summary>
    public const string NoEnvelope = "(none)";

    public static TargetHealth Answering { get; } = new(TargetVerdict.Answering, null);

    // Statuses with which a server in front of the API sheds load: Too Many Requests, Service Unavailable.
    private static readonly int[] ShedStatuses = [429, 503];

    public static TargetHealth Judge(LoadTotals measured, IReadOnlyList<TimelineRow> timeline)
    {
        ArgumentNullException.ThrowIfNull(measured);
        ArgumentNullException.ThrowIfNull(timeline);
        var c = CultureInfo.InvariantCulture;
        long timeouts = measured.Count(OutcomeKind.Timeout), refused = measured.Count(OutcomeKind.ConnectionError);
        var noAnswer = timeouts + refused;
        var settled = measured.Sent - measured.Count(OutcomeKind.Cancelled);
        var tail = SilentTail(timeline);
        if (settled > 0 && noAnswer > 0 && (noAnswer >= settled * NoAnswerBound || tail is not null))
        {
            var when = measured.Completed == 0 ? "never answered"
                : tail is { } since ? string.Create(c, $"stopped answering {since:0.#} s into the run")
                : "stopped answering";
            return new TargetHealth(TargetVerdict.StoppedAnswering, string.Create(c,
                $"the target {when}: {noAnswer} of {settled} requests got no answer ({timeouts} timeouts, {refused} connection errors)"));
        }

        var foreign = measured.ErrorCodes.TryGetValue(NoEnvelope, out var n) ? n : 0;
        if (measured.Completed > 0 && foreign > measured.Completed * ForeignAnswerBound)
        {
            var statuses = string.Join(", ", measured.Statuses.OrderByDescending(s => s.Value).Take(3)
                .Select(s => string.Create(c, $"{(s.Key < 0 ? "other" : s.Key.ToString(c))} x{s.Value}")));
            // The API's own throttling answer carries the envelope (429 APIG.0308); a bare 429 or 503 is a rate limiter
            // or an overloaded proxy in front of it turning requests away, not a wrong target or route.
            var shed = Math.Min(foreign, ShedStatuses.Sum(s => measured.Statuses.GetValueOrDefault(s)));
            return shed * 2 > foreign
                ? new TargetHealth(TargetVerdict.ShedLoad, string.Create(c,
                    $"the target shed load: {foreign} of {measured.Completed} answers had no COC envelope, {shed} of them 429 or 503 (statuses {statuses}): a rate limiter or an overloaded proxy in front of the API turned them away"))
                : new TargetHealth(TargetVerdict.NotTheApi, string.Create(c,
                    $"most answers are not the API's: {foreign} of {measured.Completed} had no COC envelope (statuses {statuses}); check --target and the route"));
        }

        return Answering;
    }

    // The elapsed second after which the measured timeline went silent for good (requests failing, no
    // answers), if it did for long enough; null when it never answered at all (judged by the counts).
    private static double? SilentTail(IReadOnlyList<TimelineRow> timeline)
    {
        var rows = timeline.Where(r => !r.Warmup).ToArray();
        int first = rows.Length, failing = 0;
        while (first > 0 && rows[first - 1].Completed == 0)
        {
            first--;
            failing += rows[first].Errors > 0 ? 1 : 0;
        }

        return failing >= SilentTailIntervals && first > 0 ? rows[first - 1].ElapsedSeconds : null;
    }
}
