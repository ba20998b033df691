namespace Harness.Generators.Streams;

/// <summary>
/// The mix of behaviours in an <see cref="AlarmStream"/>. Weights are relative (they need not add
/// up to 1); each is the chance a new episode is of that behaviour.
/// </summary>
public sealed record AlarmStreamOptions
{
    public double SingleWeight { get; init; } = 0.45;
    public double RaiseRecoverWeight { get; init; } = 0.25;
    public double StormWeight { get; init; } = 0.05;
    public double FlappingWeight { get; init; } = 0.1;
    public double RepeatWeight { get; init; } = 0.15;

    /// <summary>Alarms in one storm (one resource, in a burst).</summary>
    public int StormSize { get; init; } = 20;

    /// <summary>How many events later a raised alarm recovers.</summary>
    public int RecoverAfter { get; init; } = 10;

    /// <summary>Status changes after the first raise of a flapping alarm (2 gives alarm/ok/alarm).</summary>
    public int FlapChanges { get; init; } = 2;

    /// <summary>Events later each flapping change comes.</summary>
    public int FlapEvery { get; init; } = 3;

    /// <summary>The <c>time</c> step between consecutive events.</summary>
    public TimeSpan Spacing { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Every problem with these options, each with its path; empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        (string Name, double Value)[] weights =
        [
            (nameof(SingleWeight), SingleWeight), (nameof(RaiseRecoverWeight), RaiseRecoverWeight),
            (nameof(StormWeight), StormWeight), (nameof(FlappingWeight), FlappingWeight), (nameof(RepeatWeight), RepeatWeight),
        ];
        foreach (var (name, value) in weights)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || value < 0)
            {
                problems.Add($"{name}: must be a finite number of 0 or more (was {value}).");
            }
        }

        if (weights.All(w => !(w.Value > 0)))
        {
            problems.Add("Weights: at least one behaviour needs a weight above 0.");
        }

        Positive(problems, nameof(StormSize), StormSize, 2);
        Positive(problems, nameof(RecoverAfter), RecoverAfter, 1);
        Positive(problems, nameof(FlapChanges), FlapChanges, 1);
        Positive(problems, nameof(FlapEvery), FlapEvery, 1);
        if (Spacing < TimeSpan.Zero)
        {
            problems.Add($"{nameof(Spacing)}: must not be negative (was {Spacing}).");
        }

        return problems;
    }

    /// <summary>
    /// The behaviour a uniform draw in [0, 1) stands for. Done here rather than with Bogus's
    /// WeightedRandom, which wants weights adding up to exactly 1 and can land on a zero weight
    /// when float rounding leaves the sum just under it.
    /// </summary>
    internal StreamBehaviour Pick(double draw)
    {
        double[] weights = [SingleWeight, RaiseRecoverWeight, StormWeight, FlappingWeight, RepeatWeight];
        var target = draw * weights.Sum();
        var last = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] <= 0)
            {
                continue;
            }

            last = i;
            target -= weights[i];
            if (target < 0)
            {
                return (StreamBehaviour)i;
            }
        }

        return (StreamBehaviour)last;
    }

    private static void Positive(List<string> problems, string name, int value, int min)
    {
        if (value < min)
        {
            problems.Add($"{name}: must be at least {min} (was {value}).");
        }
    }
}
