using System.Text;
using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Contract.Validation;
using Harness.Generators.Valid;

namespace Harness.Generators.Broken;

/// <summary>
/// Nesting at and past <see cref="ContractLimits.MaxDepth"/> (DECISIONS row 9). The root object
/// counts as one level, so a value directly in the root may hold <c>MaxDepth - 1</c> levels.
/// </summary>
internal static class NestingCases
{
    /// <summary>For an object field (the catalogue picks the fields): the value nested to the limit (accepted) and one past it.</summary>
    public static IEnumerable<BrokenCase> For(FieldRule field)
    {
        var n = field.Name;
        yield return CaseFactory.Body($"{n}.nesting.at-limit", $"{n} nested so the body is exactly {ContractLimits.MaxDepth} levels deep",
            n, CaseRules.Nesting, SpecExample.Body.With(n, NestedObjects(ContractLimits.MaxDepth - 1)), CaseExpectation.Accepted);
        yield return CaseFactory.Body($"{n}.nesting.too-deep", $"{n} nested so the body is {ContractLimits.MaxDepth + 1} levels deep",
            n, CaseRules.Nesting, SpecExample.Body.With(n, NestedObjects(ContractLimits.MaxDepth)),
            CaseExpectation.Body(BodyProblem.TooDeep));
    }

    /// <summary>Body-level: an unknown member holding arrays nested past the limit is still too deep.</summary>
    public static IEnumerable<BrokenCase> BodyLevel()
    {
        yield return CaseFactory.Body("body.nesting.too-deep.unknown-field",
            $"an unknown member holding arrays {ContractLimits.MaxDepth} levels deep", null, CaseRules.Nesting,
            SpecExample.Body.With("deep", NestedArrays(ContractLimits.MaxDepth)), CaseExpectation.Body(BodyProblem.TooDeep));
    }

    /// <summary><paramref name="levels"/> nested objects: <c>{"level":{"level":{}}}</c> is 3.</summary>
    internal static string NestedObjects(int levels)
    {
        var builder = new StringBuilder(levels * 12);
        for (var i = 1; i < levels; i++)
        {
            builder.Append("{\"level\":");
        }

        builder.Append("{}");
        builder.Append('}', levels - 1);
        return builder.ToString();
    }

    private static string NestedArrays(int levels) => new string('[', levels) + new string(']', levels);
}
