namespace Harness.Load.Thresholds;

/// <summary>Why a threshold expression does not parse, and where (0-based character index).</summary>
internal sealed record ThresholdSyntaxError(string Expression, int Position, string Message, string? Hint = null)
{
    /// <summary>
    /// The message, then the expression with a caret under the offending character:
    /// <code>
    /// unknown metric 'p99x'
    ///   p99x &lt; 250ms
    ///   ^
    /// </code>
    /// </summary>
    public string Render() =>
        $"{Message} (at character {Position + 1}){Environment.NewLine}" +
        $"  {Expression}{Environment.NewLine}" +
        $"  {new string(' ', Position)}^" +
        (Hint is null ? "" : $"{Environment.NewLine}  {Hint}");

    public override string ToString() => Render();
}
