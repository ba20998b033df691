namespace Harness.Load.Thresholds;

/// <summary>
/// A parsed threshold such as <c>p99 &lt; 250ms</c>, <c>error_rate &lt; 0.1%</c> or
/// <c>achieved_rate &gt;= 99%</c>: metric, comparison, limit. Parsed and validated here;
/// evaluated through <see cref="MetricTable"/> (the gate after a run, the engine during one for abortOnFail).
/// </summary>
internal sealed record ThresholdExpression(ThresholdMetric Metric, ThresholdOperator Operator, ThresholdQuantity Limit)
{
    /// <summary>Parses <paramref name="text"/> or throws <see cref="FormatException"/> with a caret rendering.</summary>
    public static ThresholdExpression Parse(string text)
    {
        if (!TryParse(text, out var expression, out var error))
        {
            throw new FormatException(error.Render());
        }
        return expression;
    }

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says why and where.</summary>
    public static bool TryParse(
        string text,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ThresholdExpression? expression,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out ThresholdSyntaxError? error)
    {
        return new ThresholdParser(text).TryParse(out expression, out error);
    }

    /// <summary>
    /// Whether <paramref name="observed"/> (in the metric's base unit, see
    /// <see cref="ThresholdQuantity.Normalized"/>) satisfies the threshold.
    /// </summary>
    public bool IsSatisfiedBy(double observed)
    {
        var limit = Limit.Normalized;
        return Operator switch
        {
            ThresholdOperator.Less => observed < limit,
            ThresholdOperator.LessOrEqual => observed <= limit,
            ThresholdOperator.Greater => observed > limit,
            ThresholdOperator.GreaterOrEqual => observed >= limit,
            ThresholdOperator.Equal => observed == limit,
            ThresholdOperator.NotEqual => observed != limit,
            _ => false,
        };
    }

    /// <summary>Canonical spelling, e.g. <c>service.p99 &lt; 250ms</c>.</summary>
    public override string ToString() => $"{Metric} {OperatorText(Operator)} {Limit}";

    internal static string OperatorText(ThresholdOperator op) => op switch
    {
        ThresholdOperator.Less => "<",
        ThresholdOperator.LessOrEqual => "<=",
        ThresholdOperator.Greater => ">",
        ThresholdOperator.GreaterOrEqual => ">=",
        ThresholdOperator.Equal => "==",
        _ => "!=",
    };
}
