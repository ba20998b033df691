namespace Harness.Load.Thresholds;

/// <summary>Which units each kind of metric accepts, and what a wrong one is told.</summary>
internal static class ThresholdUnits
{
    internal readonly record struct UnitProblem(int Position, string Message, string? Hint);

    internal static bool Check(ThresholdMetric metric, double number, string unitText, int unitStart, int numberStart,
                               out ThresholdUnit unit, out UnitProblem? problem)
    {
        problem = null;
        unit = unitText switch
        {
            "" => ThresholdUnit.None,
            "us" or "µs" => ThresholdUnit.Microseconds,
            "ms" => ThresholdUnit.Milliseconds,
            "s" => ThresholdUnit.Seconds,
            "m" => ThresholdUnit.Minutes,
            "%" => ThresholdUnit.Percent,
            "/s" or "rps" => ThresholdUnit.PerSecond,
            _ => (ThresholdUnit)(-1),
        };
        if ((int)unit == -1)
        {
            problem = new(unitStart, $"unknown unit '{unitText}'", "units: us, ms, s, m for latencies; % for rates; /s for rps");
            return false;
        }
        if (metric.IsLatency)
        {
            return Expect(unit is ThresholdUnit.Microseconds or ThresholdUnit.Milliseconds or ThresholdUnit.Seconds or ThresholdUnit.Minutes,
                $"'{metric}' is a latency: add a time unit", "e.g. 250ms, 1.5s, 800us", unitStart, unitText, ref problem);
        }
        if (metric.IsRatio)
        {
            if (!Expect(unit is ThresholdUnit.Percent or ThresholdUnit.None, $"'{metric}' is a rate: write a percentage or a ratio",
                    "e.g. 0.1% or 0.001", unitStart, unitText, ref problem))
            {
                return false;
            }
            if (unit == ThresholdUnit.None && number > 1)
            {
                problem = new(numberStart, $"a ratio is between 0 and 1, got {number}", $"did you mean '{number}%'?");
                return false;
            }
            if (metric.Kind != ThresholdMetricKind.AchievedRate && unit == ThresholdUnit.Percent && number > 100)
            {
                problem = new(numberStart, $"a percentage of requests is at most 100, got {number}", null);
                return false;
            }
            return true;
        }
        if (metric.Definition.Unit == MetricUnit.PerSecond)
        {
            return Expect(unit is ThresholdUnit.None or ThresholdUnit.PerSecond, "'rps' is requests per second",
                "e.g. rps >= 500 or rps >= 500/s", unitStart, unitText, ref problem);
        }
        if (!Expect(unit == ThresholdUnit.None, $"'{metric}' is a count and takes no unit", null, unitStart, unitText, ref problem))
        {
            return false;
        }
        if (number != Math.Floor(number))
        {
            problem = new(numberStart, $"'{metric}' is a count: use a whole number", null);
            return false;
        }
        return true;
    }

    private static bool Expect(bool condition, string message, string? hint, int unitStart, string unitText, ref UnitProblem? problem)
    {
        if (!condition)
        {
            problem = new(unitStart, unitText.Length == 0 ? message : $"{message} ('{unitText}' does not fit)", hint);
        }
        return condition;
    }
}
