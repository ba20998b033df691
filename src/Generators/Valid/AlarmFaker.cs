using Bogus;
using Harness.Contract.Fields;
using Harness.Generators.Seeds;

namespace Harness.Generators.Valid;

/// <summary>
/// Makes alarms that look like real monitoring traffic and that the contract always accepts.
/// Alarm <c>i</c> depends only on (seed, i, anchor time): the anchor is read once from the
/// <see cref="TimeProvider"/> and every <c>time</c> lies up to five minutes before it.
/// </summary>
/// <remarks>
/// The body's shape comes from the field table, not from a C# type, so the rules are keyed by
/// <see cref="FieldRule"/> (<see cref="AlarmRules"/>) and Bogus supplies randomness and data sets.
/// Not thread-safe: use one faker per thread (outputs do not depend on which faker made them).
/// </remarks>
public sealed class AlarmFaker
{
    private readonly Faker _faker = new("en");
    private readonly ReseedableRandomizer _random = new();

    /// <summary>A faker for a seed, anchored at the provider's current time (the system clock by default).</summary>
    public AlarmFaker(int seed, TimeProvider? time = null)
        : this(seed, (time ?? TimeProvider.System).GetUtcNow().ToUnixTimeMilliseconds())
    {
    }

    /// <summary>A faker for a seed anchored at a fixed time (epoch milliseconds), for byte-identical replays.</summary>
    public AlarmFaker(int seed, long anchorMilliseconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(anchorMilliseconds, 1);
        _faker.Random = _random;
        Seed = seed;
        AnchorMilliseconds = anchorMilliseconds;
    }

    /// <summary>The seed every alarm derives from.</summary>
    public int Seed { get; }

    /// <summary>"Now" for this faker, epoch milliseconds.</summary>
    public long AnchorMilliseconds { get; }

    /// <summary>Alarm number <paramref name="index"/> of this seed.</summary>
    public GeneratedAlarm Generate(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        _random.Reseed(Seed, index);
        var draft = AlarmRules.Draft(_faker);
        var values = new object?[AlarmFields.All.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = AlarmRules.ValueFor(i, _faker, draft, AnchorMilliseconds);
        }

        return new GeneratedAlarm(Seed, index, values);
    }

    /// <summary>Alarms <c>0..count-1</c>, in order.</summary>
    public IEnumerable<GeneratedAlarm> Take(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Generate(i);
        }
    }
}
