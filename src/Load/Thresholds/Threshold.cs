using System.Text.Json.Serialization;

namespace Harness.Load.Thresholds;

/// <summary>
/// A pass/fail condition of a scenario. In JSON either a string (<c>"p99 &lt; 250ms"</c>) or an
/// object <c>{"expression": "...", "abortOnFail": true, "grace": "10s"}</c>.
/// </summary>
public sealed record Threshold
{
    /// <summary>Parses <paramref name="expression"/>; throws <see cref="FormatException"/> (with a caret) when it is invalid.</summary>
    public Threshold(string expression, bool abortOnFail = false, TimeSpan grace = default)
    {
        Parsed = ThresholdExpression.Parse(expression);
        Expression = expression;
        AbortOnFail = abortOnFail;
        Grace = grace;
    }

    /// <summary>The expression as written.</summary>
    public string Expression { get; }

    /// <summary>The run stops as soon as the threshold fails (once <see cref="Grace"/> has passed), not only fails at the end: the engine checks it every interval.</summary>
    public bool AbortOnFail { get; }

    /// <summary>Time from the start of the main phases before an abortOnFail threshold may stop the run.</summary>
    public TimeSpan Grace { get; }

    /// <summary>The parsed expression.</summary>
    [JsonIgnore]
    internal ThresholdExpression Parsed { get; }

    /// <summary>A plain threshold from its expression.</summary>
    public static implicit operator Threshold(string expression) => new(expression);

    /// <summary>Same as the implicit conversion, for languages without it.</summary>
    public static Threshold FromString(string expression) => new(expression);
}
