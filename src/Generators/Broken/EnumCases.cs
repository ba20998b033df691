using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Generators.Valid;

namespace Harness.Generators.Broken;

/// <summary>
/// Cases for enumerated fields (DECISIONS row 7): each value in the wrong case, surrounded by
/// spaces, the near-miss values of neighbouring tools (<see cref="NearMissValues"/>), and a value
/// outside the list. Empty is among the <see cref="FieldCases"/>.
/// </summary>
internal static class EnumCases
{
    /// <summary>For an enum field (the catalogue picks the fields).</summary>
    public static IEnumerable<BrokenCase> For(FieldRule field)
    {
        var name = field.Name;
        foreach (var value in field.EnumValues)
        {
            var lower = value.ToLowerInvariant();
            if (lower != value)
            {
                yield return Text(field, $"{name}.enum.lower-case.{value}", $"{name} is \"{lower}\"", CaseRules.EnumCase, lower);
            }

            var upper = value.ToUpperInvariant();
            if (upper != value)
            {
                yield return Text(field, $"{name}.enum.upper-case.{value}", $"{name} is \"{upper}\"", CaseRules.EnumCase, upper);
            }

            var padded = $" {value} ";
            yield return Text(field, $"{name}.enum.spaces.{value}", $"{name} is \"{padded}\"", CaseRules.EnumSpaces, padded);
        }

        foreach (var nearMiss in NearMissValues.For(field))
        {
            var slug = NearMissValues.Slug(nearMiss.Value);
            yield return Text(field, $"{name}.near-miss.{slug}", $"{name} is \"{nearMiss.Value}\" ({nearMiss.Source})",
                CaseRules.EnumNearMiss, nearMiss.Value);
        }

        var unknown = UnknownValue(field);
        yield return Text(field, $"{name}.enum.unknown", $"{name} is \"{unknown}\", not one of the values", CaseRules.EnumUnknown, unknown);
    }

    // A word that looks like a value but is none, in any case.
    private static string UnknownValue(FieldRule field)
    {
        var candidate = "Unknown";
        while (field.EnumValues.Any(v => v.Equals(candidate, StringComparison.OrdinalIgnoreCase)))
        {
            candidate += "X";
        }

        return candidate;
    }

    private static BrokenCase Text(FieldRule field, string id, string title, string rule, string text) =>
        CaseFactory.Body(id, title, field.Name, rule, SpecExample.Body.WithText(field.Name, text),
            Outcomes.Text(field, text, Profile.Strict), Outcomes.Text(field, text, Profile.Lenient));
}
