using System.Text.Json;

namespace Harness.Load.Scenarios;

/// <summary>
/// Numbers no field can hold (<c>1e400</c>, <c>1e30</c>): the schema's range keywords compare numbers as
/// decimals and throw on one beyond ±7.9e28, so such numbers are named here, at their paths, before
/// the schema looks at the document.
/// </summary>
internal static class OutOfRangeNumbers
{
    public static List<ScenarioProblem> Of(JsonElement root)
    {
        var problems = new List<ScenarioProblem>();
        Walk(root, "$", problems);
        return problems;
    }

    private static void Walk(JsonElement element, string path, List<ScenarioProblem> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when !element.TryGetDecimal(out _):
                var text = element.GetRawText();
                problems.Add(new(path, $"{(text.Length > 40 ? text[..40] + "..." : text)} is out of range for any field of a scenario"));
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, $"{path}.{property.Name}", problems);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{index++}]", problems);
                }

                break;
        }
    }
}
