using Harness.Load.Thresholds;

namespace Harness.Reports.Thresholds;

/// <summary><c>checks.&lt;glob&gt; == pass</c>: every conformance check whose id matches the glob passed (and at least one matched).</summary>
internal sealed record ChecksCondition(string Glob)
{
    public const string Prefix = "checks.";

    public bool Matches(string checkId) => Harness.Contract.Text.IdGlob.Matches(Glob, checkId);

    /// <summary>Reads <c>checks.GLOB == pass</c>; the glob may hold letters, digits and <c>. _ - * ?</c>.</summary>
    public static bool TryParse(string text, out ChecksCondition? condition, out Harness.Load.Thresholds.ThresholdSyntaxError? error)
    {
        condition = null;
        error = null;
        var position = text.Length - text.TrimStart().Length;
        var start = position + Prefix.Length;
        var end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '_' or '-' or '*' or '?'))
        {
            end++;
        }

        if (end == start)
        {
            error = new(text, start, "expected a check id or glob after 'checks.'", "e.g. checks.alarmName.* == pass");
            return false;
        }

        var rest = end;
        while (rest < text.Length && char.IsWhiteSpace(text[rest]))
        {
            rest++;
        }

        if (string.CompareOrdinal(text, rest, "==", 0, 2) != 0)
        {
            error = new(text, rest, rest < text.Length ? $"expected '==', found '{text[rest]}'" : "expected '== pass' after the glob",
                "check thresholds read: checks.<glob> == pass");
            return false;
        }

        var word = rest + 2;
        while (word < text.Length && char.IsWhiteSpace(text[word]))
        {
            word++;
        }

        var value = text[word..].TrimEnd();
        if (!string.Equals(value, "pass", StringComparison.OrdinalIgnoreCase))
        {
            error = new(text, word, value.Length == 0 ? "expected 'pass'" : $"expected 'pass', found '{value}'", "check thresholds read: checks.<glob> == pass");
            return false;
        }

        condition = new ChecksCondition(text[start..end]);
        return true;
    }
}
