using System.Collections;
using Harness.Contract.Fields;
using Harness.Generators.Seeds;
using Harness.Generators.Valid;

namespace Harness.Generators.Streams;

/// <summary>
/// An endless, deterministic sequence of alarms that behaves like an estate: each new episode is
/// picked by the options' weights, and its follow-ups (recoveries, storm members, flaps) are
/// scheduled at later positions. Event <c>n</c> has <c>time</c> = anchor + n × spacing.
/// Enumerate with <c>Take(n)</c>; each enumeration starts over and yields the same events.
/// </summary>
public sealed class AlarmStream : IEnumerable<StreamEvent>
{
    private const int MaxActive = 256;
    private readonly AlarmStreamOptions _options;
    private readonly int _seed;
    private readonly long _anchor;

    /// <summary>A stream for a seed, anchored at the provider's current time.</summary>
    public AlarmStream(AlarmStreamOptions options, int seed, TimeProvider? time = null)
        : this(options, seed, (time ?? TimeProvider.System).GetUtcNow().ToUnixTimeMilliseconds())
    {
    }

    /// <summary>A stream for a seed anchored at a fixed time (epoch milliseconds).</summary>
    public AlarmStream(AlarmStreamOptions options, int seed, long anchorMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid stream options: " + string.Join(" ", problems), nameof(options));
        }

        _options = options;
        _seed = seed;
        _anchor = anchorMilliseconds;
    }

    public IEnumerator<StreamEvent> GetEnumerator()
    {
        var faker = new AlarmFaker(_seed, _anchor);
        var chooser = ReseedableRandomizer.At(_seed, -1);
        var pending = new PriorityQueue<(GeneratedAlarm Alarm, StreamBehaviour Behaviour), (long Due, long Order)>();
        var active = new List<GeneratedAlarm>();
        long episodes = 0, order = 0;
        var spacing = (long)_options.Spacing.TotalMilliseconds;

        for (long n = 0; ; n++)
        {
            GeneratedAlarm alarm;
            StreamBehaviour behaviour;
            if (pending.TryPeek(out _, out var next) && next.Due <= n)
            {
                (alarm, behaviour) = pending.Dequeue();
            }
            else
            {
                behaviour = _options.Pick(chooser.Double());
                if (behaviour == StreamBehaviour.Repeat && active.Count == 0)
                {
                    behaviour = StreamBehaviour.Single;
                }

                alarm = behaviour == StreamBehaviour.Repeat
                    ? active[chooser.Number(0, active.Count - 1)]
                    : Raised(faker.Generate(episodes++));
                void Schedule(GeneratedAlarm a, StreamBehaviour b, long due) => pending.Enqueue((a, b), (due, order++));
                switch (behaviour)
                {
                    case StreamBehaviour.RaiseRecover:
                        Schedule(Recovered(alarm), behaviour, n + _options.RecoverAfter);
                        break;
                    case StreamBehaviour.Flapping:
                        for (var change = 1; change <= _options.FlapChanges; change++)
                        {
                            Schedule(change % 2 == 1 ? Recovered(alarm) : alarm, behaviour, n + (change * _options.FlapEvery));
                        }

                        break;
                    case StreamBehaviour.Storm:
                        for (var member = 1; member < _options.StormSize; member++)
                        {
                            Schedule(OnSameResource(Raised(faker.Generate(episodes++)), alarm), behaviour, n + member);
                        }

                        break;
                    default:
                        break;
                }
            }

            Track(active, alarm);
            var time = Math.Max(1, _anchor + (n * spacing));
            yield return new StreamEvent(n, behaviour, alarm.WithInteger(AlarmFields.Time, time).Retrace(_seed, n));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static GeneratedAlarm Raised(GeneratedAlarm alarm) => alarm.WithText(AlarmFields.AlarmStatus, AlarmStatuses.Alarm);

    private static GeneratedAlarm Recovered(GeneratedAlarm alarm) => alarm.WithText(AlarmFields.AlarmStatus, AlarmStatuses.Ok);

    // Storm members keep their own id and name but share the first alarm's resource and place.
    private static GeneratedAlarm OnSameResource(GeneratedAlarm member, GeneratedAlarm first)
    {
        FieldRule[] shared = [AlarmFields.ResourceId, AlarmFields.ResourceName, AlarmFields.NameSpace, AlarmFields.RegionId,
            AlarmFields.ApplicationId, AlarmFields.AlarmSource];
        foreach (var field in shared)
        {
            member = member.WithText(field, first.Text(field));
        }

        return member;
    }

    private static void Track(List<GeneratedAlarm> active, GeneratedAlarm alarm)
    {
        active.RemoveAll(a => a.AlarmId == alarm.AlarmId);
        if (alarm.IsRecovery)
        {
            return;
        }

        if (active.Count == MaxActive)
        {
            active.RemoveAt(0);
        }

        active.Add(alarm);
    }
}
