using System.Text.Json;

namespace Harness.Load.Scenarios;

/// <summary>A threshold is a string or an object with expression, abortOnFail and grace.</summary>
internal static class ThresholdJsonReader
{
    internal static Threshold? Read(JsonElement element, string path, ProblemList problems)
    {
        string? expression;
        var abortOnFail = false;
        var grace = TimeSpan.Zero;
        var expressionPath = path;
        if (element.ValueKind == JsonValueKind.String)
        {
            expression = element.GetString();
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            var reader = new JsonObjectReader(element, path, problems, JsonNames.Of<Threshold>());
            expression = reader.String("expression", required: true);
            abortOnFail = reader.Bool("abortOnFail") ?? false;
            grace = reader.Duration("grace") ?? TimeSpan.Zero;
            expressionPath = reader.PathOf("expression");
        }
        else
        {
            problems.Add(path, $"must be a string or an object, got {JsonKinds.Describe(element)}",
                "e.g. \"p99 < 250ms\" or {\"expression\": \"p99 < 250ms\", \"abortOnFail\": true}");
            return null;
        }
        if (expression is null)
        {
            return null;
        }
        if (!ThresholdExpression.TryParse(expression, out _, out var error))
        {
            problems.Add(expressionPath, error.Render(), null);
            return null;
        }
        return new Threshold(expression, abortOnFail, grace);
    }
}
