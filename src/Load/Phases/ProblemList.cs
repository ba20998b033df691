using System.Globalization;
using Harness.Contract.Text;
using Harness.Load.Scenarios;

namespace Harness.Load.Phases;

/// <summary>Collects problems with their paths; the small checks keep the validator readable.</summary>
internal sealed class ProblemList
{
    private readonly List<ScenarioProblem> _problems = [];

    internal IReadOnlyList<ScenarioProblem> Items => _problems;

    internal int Count => _problems.Count;

    internal void Add(string path, string message, string? hint = null) => _problems.Add(new(path, message, hint));

    internal bool HasProblemAt(string path) =>
        _problems.Exists(p => p.Path == path || p.Path.StartsWith(path + ".", StringComparison.Ordinal)
                              || p.Path.StartsWith(path + "[", StringComparison.Ordinal));

    /// <summary>True when a problem is at <paramref name="path"/>, under it, or above it (a value already reported whole).</summary>
    internal bool Covers(string path) =>
        HasProblemAt(path) || _problems.Exists(p => path.StartsWith(p.Path + ".", StringComparison.Ordinal) || path.StartsWith(p.Path + "[", StringComparison.Ordinal));

    internal void Rate(string path, double value, bool allowZero)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            Add(path, "must be a finite number");
        }
        else if (allowZero ? value < 0 : value <= 0)
        {
            Add(path, allowZero ? $"must be >= 0, got {Text(value)}" : $"must be > 0, got {Text(value)}",
                allowZero ? null : "fractions are allowed: 0.5 is one request every two seconds");
        }
        else if (value > ScenarioLimits.MaxRate)
        {
            Add(path, $"must be at most {Text(ScenarioLimits.MaxRate)} per second, got {Text(value)}");
        }
    }

    internal void Duration(string path, TimeSpan value, TimeSpan max, bool allowZero = false)
    {
        if (allowZero ? value < TimeSpan.Zero : value <= TimeSpan.Zero)
        {
            Add(path, allowZero ? "must not be negative" : "must be longer than 0", "e.g. '30s', '2m', '500ms'");
        }
        else if (value > max)
        {
            Add(path, $"must be at most {DurationText.Format(max)}, got {DurationText.Format(value)}");
        }
    }

    internal void Range(string path, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            Add(path, value < min ? $"must be >= {min}, got {value}" : $"must be at most {max}, got {value}");
        }
    }

    internal void Share(string path, double value)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
        {
            Add(path, $"must be a share between 0 and 1, got {Text(value)}", "e.g. 0.05 for 5%");
        }
    }

    internal static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
