using Harness.Contract.Fields;
using Harness.Contract.Validation;
using Harness.Generators.Json;
using Harness.Generators.Valid;

namespace Harness.Generators.Broken;

/// <summary>Bodies breaking several fields at once: one 400 must name every violation (DECISIONS row 12).</summary>
internal static class SeveralCases
{
    public static IEnumerable<BrokenCase> All()
    {
        var body = SpecExample.Body;
        var required = AlarmFields.All.Where(f => f.Required).ToArray();

        // The spec's own 400 example: the first two required fields missing.
        var firstTwo = required.Take(2).ToArray();
        yield return CaseFactory.Body("several.spec-example", $"{string.Join(" and ", firstTwo.Select(f => f.Name))} left out (the spec's 400 example)",
            null, CaseRules.Several, firstTwo.Aggregate(body, (b, f) => b.Without(f.Name)),
            CaseExpectation.Violations([.. firstTwo.Select(f => (f, ViolationRule.Missing))]));

        yield return CaseFactory.Body("several.empty-object", "an empty object: every required field missing", null, CaseRules.Several,
            new JsonBody(), CaseExpectation.Violations([.. required.Select(f => (f, ViolationRule.Missing))]));

        var everyField = body;
        var everyViolation = new List<(FieldRule, ViolationRule)>();
        foreach (var field in AlarmFields.All)
        {
            var (json, rule) = Breaking(field);
            everyField = everyField.With(field.Name, json);
            everyViolation.Add((field, rule));
        }

        yield return CaseFactory.Body("several.every-field", "every field broken at once", null, CaseRules.Several,
            everyField, CaseExpectation.Violations([.. everyViolation]));

        // Values strict refuses and lenient coerces, mixed with one neither accepts.
        var mixed = body;
        var strictViolations = new List<(FieldRule, ViolationRule)>();
        var lenientViolations = new List<(FieldRule, ViolationRule)>();
        foreach (var field in AlarmFields.All)
        {
            if (field.IsEnum && field.Required)
            {
                mixed = mixed.WithText(field.Name, field.EnumValues[0].ToUpperInvariant() + "!");
                strictViolations.Add((field, ViolationRule.Enum));
                lenientViolations.Add((field, ViolationRule.Enum));
            }
            else if (field.Kind == JsonKind.Integer)
            {
                mixed = mixed.WithText(field.Name, JsonText.Number(SpecExample.Time));
                strictViolations.Add((field, ViolationRule.Type));
            }
            else if (field.Kind == JsonKind.String && !field.IsEnum && field.Required && strictViolations.Count < 3)
            {
                mixed = mixed.With(field.Name, "42");
                strictViolations.Add((field, ViolationRule.Type));
            }
        }

        yield return CaseFactory.Body("several.profile-dependent", "a bad enum value plus scalars only lenient coerces",
            null, CaseRules.Several, mixed,
            Expect(strictViolations), Expect(lenientViolations));
    }

    // A value each kind of field refuses under both profiles, and the rule it breaks.
    private static (string Json, ViolationRule Rule) Breaking(FieldRule field) => field.Kind switch
    {
        JsonKind.String => (JsonText.Quote(TextShapes.Of(TextScript.Ascii, field.MaxLength + 1)!), ViolationRule.Size),
        JsonKind.Integer => ("0", ViolationRule.Range),
        _ => ("[]", ViolationRule.Type),
    };

    private static CaseExpectation Expect(List<(FieldRule, ViolationRule)> violations) =>
        violations.Count == 0 ? CaseExpectation.Accepted : CaseExpectation.Violations([.. violations]);
}
