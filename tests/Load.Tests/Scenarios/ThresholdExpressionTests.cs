using Harness.Load.Scenarios;
using Harness.Load.Thresholds;

namespace Harness.Load.Tests.Scenarios;

public class ThresholdExpressionTests
{
    [Fact]
    public void Parse_LatencyPercentile_GivesMetricOperatorAndMilliseconds()
    {
        var expression = ThresholdExpression.Parse("p99 < 250ms");
        Assert.Equal(new ThresholdMetric(ThresholdMetricKind.Percentile, LatencyMeasure.Response, 99), expression.Metric);
        Assert.Equal(ThresholdOperator.Less, expression.Operator);
        Assert.Equal(new ThresholdQuantity(250, ThresholdUnit.Milliseconds), expression.Limit);
        Assert.Equal(250, expression.Limit.Normalized);
    }

    [Theory]
    [InlineData("p99.9<1s", nameof(ThresholdMetricKind.Percentile), 99.9, nameof(ThresholdOperator.Less), 1000)]
    [InlineData("p(95) <= 800us", nameof(ThresholdMetricKind.Percentile), 95.0, nameof(ThresholdOperator.LessOrEqual), 0.8)]
    [InlineData("service.p50 < 2ms", nameof(ThresholdMetricKind.Percentile), 50.0, nameof(ThresholdOperator.Less), 2)]
    [InlineData("error_rate < 0.1%", nameof(ThresholdMetricKind.ErrorRate), null, nameof(ThresholdOperator.Less), 0.001)]
    [InlineData("error_rate < 0.001", nameof(ThresholdMetricKind.ErrorRate), null, nameof(ThresholdOperator.Less), 0.001)]
    [InlineData("achieved_rate >= 99%", nameof(ThresholdMetricKind.AchievedRate), null, nameof(ThresholdOperator.GreaterOrEqual), 0.99)]
    [InlineData("rps >= 500/s", nameof(ThresholdMetricKind.Throughput), null, nameof(ThresholdOperator.GreaterOrEqual), 500)]
    [InlineData("dropped == 0", nameof(ThresholdMetricKind.Dropped), null, nameof(ThresholdOperator.Equal), 0)]
    [InlineData("unexpected == 0", nameof(ThresholdMetricKind.Unexpected), null, nameof(ThresholdOperator.Equal), 0)]
    [InlineData("unexpected<=3", nameof(ThresholdMetricKind.Unexpected), null, nameof(ThresholdOperator.LessOrEqual), 3)]
    [InlineData("  avg != 2m  ", nameof(ThresholdMetricKind.Mean), null, nameof(ThresholdOperator.NotEqual), 120_000)]
    [InlineData("max > 1.5s", nameof(ThresholdMetricKind.Max), null, nameof(ThresholdOperator.Greater), 1500)]
    public void Parse_ValidExpressions_NormalizeTheLimit(string text, string kindName, double? percentile, string opName, double normalized)
    {
        // The enums are internal: a public test method takes their names.
        var (kind, op) = (Enum.Parse<ThresholdMetricKind>(kindName), Enum.Parse<ThresholdOperator>(opName));
        var expression = ThresholdExpression.Parse(text);
        Assert.Equal(kind, expression.Metric.Kind);
        Assert.Equal(percentile, expression.Metric.Percentile);
        Assert.Equal(op, expression.Operator);
        Assert.Equal(normalized, expression.Limit.Normalized, 9);
    }

    [Fact]
    public void Parse_ServicePrefix_SelectsServiceTime() =>
        Assert.Equal(LatencyMeasure.Service, ThresholdExpression.Parse("service.p99 < 10ms").Metric.Measure);

    // The caret column is what a user sees; each case pins the character the error points at.
    [Theory]
    [InlineData("p99x < 250ms", 0, "unknown metric 'p99x'")]
    [InlineData("eror_rate < 1%", 0, "unknown metric")]
    [InlineData("p99 250ms", 4, "expected a comparison")]
    [InlineData("p99 = 250ms", 4, "expected a comparison")]
    [InlineData("p99 < ms", 6, "expected a non-negative number")]
    [InlineData("p99 < -5ms", 6, "expected a non-negative number")]
    [InlineData("p99 < 250", 9, "is a latency: add a time unit")]
    [InlineData("p99 < 1.2.3ms", 6, "'1.2.3' is not a number")]
    [InlineData("p99 < 250 parsecs", 10, "unknown unit 'parsecs'")]
    [InlineData("p99 < 250ms and more", 12, "unexpected 'and more'")]
    [InlineData("p101 < 250ms", 1, "out of range")]
    [InlineData("p(0) < 250ms", 2, "out of range")]
    [InlineData("error_rate < 5", 13, "a ratio is between 0 and 1")]
    [InlineData("error_rate < 101%", 13, "at most 100")]
    [InlineData("error_rate < 5ms", 14, "is a rate")]
    [InlineData("dropped == 1.5", 11, "whole number")]
    [InlineData("unexpected == 1.5", 14, "'unexpected' is a count: use a whole number")]
    [InlineData("unexpected == 0ms", 15, "'unexpected' is a count and takes no unit")]
    [InlineData("  unexpectd == 0", 2, "unknown metric 'unexpectd'")]
    [InlineData("service.unexpected == 0", 0, "only applies to latency metrics")]
    [InlineData("service.error_rate < 1%", 0, "only applies to latency metrics")]
    [InlineData("", 0, "expected a metric")]
    [InlineData("   < 3ms", 3, "expected a metric")]
    public void TryParse_Invalid_PointsAtTheOffendingCharacter(string text, int position, string message)
    {
        Assert.False(ThresholdExpression.TryParse(text, out _, out var error));
        Assert.Equal(position, error.Position);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        var lines = error.Render().Split(Environment.NewLine);
        Assert.Equal("  " + text, lines[1]);
        Assert.Equal(new string(' ', 2 + position) + "^", lines[2]);
    }

    [Fact]
    public void TryParse_NearMissMetric_SuggestsTheName()
    {
        Assert.False(ThresholdExpression.TryParse("eror_rate < 1%", out _, out var error));
        Assert.Equal("did you mean 'error_rate'?", error.Hint);
        Assert.Contains("did you mean 'error_rate'?", error.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_SingleEquals_HintsDoubleEquals()
    {
        Assert.False(ThresholdExpression.TryParse("dropped = 0", out _, out var error));
        Assert.Contains("'=='", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p99 < 250ms", 249.9, true)]
    [InlineData("p99 < 250ms", 250, false)]
    [InlineData("p99 <= 250ms", 250, true)]
    [InlineData("achieved_rate >= 99%", 0.995, true)]
    [InlineData("achieved_rate >= 99%", 0.98, false)]
    [InlineData("dropped == 0", 0, true)]
    [InlineData("dropped == 0", 3, false)]
    public void IsSatisfiedBy_ComparesInTheBaseUnit(string text, double observed, bool expected) =>
        Assert.Equal(expected, ThresholdExpression.Parse(text).IsSatisfiedBy(observed));

    [Theory]
    [InlineData("p99<250ms", "p99 < 250ms")]
    [InlineData("p(99.9) <= 1s", "p99.9 <= 1s")]
    [InlineData("service.avg>2ms", "service.mean > 2ms")]
    [InlineData("rps>=500", "rps >= 500")]
    [InlineData("unexpected==0", "unexpected == 0")]
    public void ToString_IsCanonicalAndParsesBack(string text, string canonical)
    {
        var expression = ThresholdExpression.Parse(text);
        Assert.Equal(canonical, expression.ToString());
        Assert.Equal(expression, ThresholdExpression.Parse(expression.ToString()));
    }

    [Fact]
    public void Threshold_InvalidExpression_ThrowsWithCaret()
    {
        var error = Assert.Throws<FormatException>(() => new Threshold("p99 < 250"));
        Assert.Contains("^", error.Message, StringComparison.Ordinal);
    }
}
