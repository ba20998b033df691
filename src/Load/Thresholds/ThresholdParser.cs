using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Harness.Load.Scenarios;

namespace Harness.Load.Thresholds;

/// <summary>
/// Hand-written scanner for <c>metric op number[unit]</c>. Each failure names the character
/// where the reader stopped understanding the text.
/// </summary>
internal sealed class ThresholdParser(string text)
{
    private int _position;
    private ThresholdSyntaxError? _error;

    internal bool TryParse([NotNullWhen(true)] out ThresholdExpression? expression, [NotNullWhen(false)] out ThresholdSyntaxError? error)
    {
        expression = null;
        SkipSpaces();
        var metric = ReadMetric();
        SkipSpaces();
        var op = metric is null ? null : ReadOperator();
        SkipSpaces();
        var limit = op is null ? null : ReadLimit(metric!);
        SkipSpaces();
        if (limit is not null && _position < text.Length)
        {
            Fail(_position, $"unexpected '{text[_position..]}' after the limit");
        }
        error = _error;
        if (error is not null)
        {
            return false;
        }
        expression = new ThresholdExpression(metric!, op!.Value, limit!);
        return true;
    }

    private ThresholdMetric? ReadMetric()
    {
        var start = _position;
        while (_position < text.Length && (char.IsAsciiLetterOrDigit(text[_position]) || text[_position] is '_' or '.' or '(' or ')'))
        {
            _position++;
        }
        if (_position == start)
        {
            return Fail<ThresholdMetric>(start, "expected a metric", "metrics: " + string.Join(", ", MetricTable.Suggestions));
        }
        var word = text[start.._position];
        var measure = LatencyMeasure.Response;
        var nameStart = start;
        foreach (var (prefix, value) in new[] { ("service.", LatencyMeasure.Service), ("response.", LatencyMeasure.Response) })
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                (word, measure, nameStart) = (word[prefix.Length..], value, start + prefix.Length);
            }
        }
        ThresholdMetric metric;
        if (MetricTable.Find(word) is { } named)
        {
            metric = new ThresholdMetric(named.Kind, measure);
        }
        else if (TryPercentile(word, nameStart) is { } percentile)
        {
            metric = new ThresholdMetric(ThresholdMetricKind.Percentile, measure, percentile);
        }
        else
        {
            return _error is not null ? null : Fail<ThresholdMetric>(nameStart, $"unknown metric '{word}'",
                NearMiss.Hint(word, MetricTable.Suggestions) ?? "metrics: " + string.Join(", ", MetricTable.Suggestions));
        }
        if (nameStart != start && !metric.IsLatency)
        {
            return Fail<ThresholdMetric>(start, $"'{text[start..nameStart]}' only applies to latency metrics (p<N>, mean, min, max)");
        }
        return metric;
    }

    // p99, p99.9, p(99.9): k6 writes the parenthesised form.
    private double? TryPercentile(string word, int wordStart)
    {
        if (word.Length < 2 || word[0] != 'p' || !(char.IsAsciiDigit(word[1]) || word[1] == '('))
        {
            return null;
        }
        var digits = word[1] == '(' && word[^1] == ')' ? word[2..^1] : word[1..];
        var digitsStart = wordStart + (word[1] == '(' ? 2 : 1);
        if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null; // reported as an unknown metric, with a did-you-mean
        }
        if (value is <= 0 or > 100)
        {
            Fail(digitsStart, $"percentile {digits} is out of range", "a percentile is above 0 and at most 100");
            return null;
        }
        return value;
    }

    private ThresholdOperator? ReadOperator()
    {
        var start = _position;
        string[] operators = ["<=", ">=", "==", "!=", "<", ">"];
        foreach (var candidate in operators)
        {
            if (string.CompareOrdinal(text, _position, candidate, 0, candidate.Length) == 0)
            {
                _position += candidate.Length;
                return candidate switch
                {
                    "<=" => ThresholdOperator.LessOrEqual,
                    ">=" => ThresholdOperator.GreaterOrEqual,
                    "==" => ThresholdOperator.Equal,
                    "!=" => ThresholdOperator.NotEqual,
                    "<" => ThresholdOperator.Less,
                    _ => ThresholdOperator.Greater,
                };
            }
        }
        var hint = start < text.Length && text[start] == '=' ? "write '==' for equality" : "comparisons: <, <=, >, >=, ==, !=";
        Fail(start, start < text.Length ? $"expected a comparison, found '{text[start]}'" : "expected a comparison after the metric", hint);
        return null;
    }

    private ThresholdQuantity? ReadLimit(ThresholdMetric metric)
    {
        var start = _position;
        while (_position < text.Length && (char.IsAsciiDigit(text[_position]) || text[_position] == '.'))
        {
            _position++;
        }
        if (_position == start)
        {
            var found = start < text.Length ? $", found '{text[start]}'" : "";
            return Fail<ThresholdQuantity>(start, $"expected a non-negative number{found}");
        }
        if (!double.TryParse(text.AsSpan(start, _position - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return Fail<ThresholdQuantity>(start, $"'{text[start.._position]}' is not a number");
        }
        SkipSpaces();
        var unitStart = _position;
        while (_position < text.Length && (char.IsAsciiLetter(text[_position]) || text[_position] is '%' or '/'))
        {
            _position++;
        }
        var unitText = text[unitStart.._position];
        return ThresholdUnits.Check(metric, number, unitText, unitStart, start, out var unit, out var problem)
            ? new ThresholdQuantity(number, unit)
            : Fail<ThresholdQuantity>(problem!.Value.Position, problem.Value.Message, problem.Value.Hint);
    }

    private void SkipSpaces()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }
    }

    private T? Fail<T>(int position, string message, string? hint = null)
        where T : class
    {
        Fail(position, message, hint);
        return null;
    }

    private void Fail(int position, string message, string? hint = null) =>
        _error ??= new ThresholdSyntaxError(text, position, message, hint);
}
