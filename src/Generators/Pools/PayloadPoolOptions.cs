using Harness.Contract;
using Harness.Generators.Streams;

namespace Harness.Generators.Pools;

/// <summary>What a <see cref="PayloadPool"/> holds. Validate once with <see cref="Validate"/>.</summary>
public sealed record PayloadPoolOptions
{
    /// <summary>How many payloads (default 10,000).</summary>
    public int Size { get; init; } = 10_000;

    /// <summary>The seed every payload derives from; payload <c>i</c> is traceable to (Seed, i).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The share of broken payloads, 0..1 (default 0: all valid).</summary>
    public double BrokenShare { get; init; }

    /// <summary>The profile whose expectations the broken payloads carry.</summary>
    public Profile Profile { get; init; } = Profile.Strict;

    /// <summary>"Now" for the alarms' <c>time</c>: read once when the pool is built.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// When set, valid payloads follow an estate's stream (raise/recover, storms, flapping,
    /// repeats) in order; when null, each is an independent realistic alarm.
    /// </summary>
    public AlarmStreamOptions? Stream { get; init; }

    /// <summary>When set, only broken cases whose id starts with one of these prefixes are used.</summary>
    public IReadOnlyList<string>? BrokenCasePrefixes { get; init; }

    /// <summary>Every problem with these options, each with its path; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Size < 1)
        {
            problems.Add($"{nameof(Size)}: must be at least 1 (was {Size}).");
        }

        if (double.IsNaN(BrokenShare) || BrokenShare is < 0 or > 1)
        {
            problems.Add($"{nameof(BrokenShare)}: must be between 0 and 1 (was {BrokenShare}).");
        }

        if (!Enum.IsDefined(Profile))
        {
            problems.Add($"{nameof(Profile)}: unknown profile {(int)Profile}.");
        }

        if (Time is null)
        {
            problems.Add($"{nameof(Time)}: must not be null.");
        }

        if (Stream is not null)
        {
            problems.AddRange(Stream.Validate().Select(p => $"{nameof(Stream)}.{p}"));
        }

        return problems;
    }
}
