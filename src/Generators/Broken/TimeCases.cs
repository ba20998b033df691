using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Generators.Json;
using Harness.Generators.Valid;
using System.Globalization;
using System.Numerics;

namespace Harness.Generators.Broken;

/// <summary>
/// Cases for integer fields (<c>time</c>, DECISIONS row 3): strings, fractions, exponent forms and
/// values outside 1..Int64.MaxValue. Strict refuses every non-integer token; lenient coerces
/// numeric strings, truncates fractions and exponents, then checks the range.
/// </summary>
internal static class TimeCases
{
    public static IEnumerable<BrokenCase> For(FieldRule field)
    {
        if (field.Kind != JsonKind.Integer)
        {
            yield break;
        }

        var n = field.Name;
        const long Example = SpecExample.Time;
        var overflow = (new BigInteger(ContractLimits.MaxTime) + 1).ToString(CultureInfo.InvariantCulture);

        yield return Case(field, $"{n}.string", $"{n} is a word", CaseRules.TimeFormat,
            JsonText.Quote("yesterday"), Outcomes.Type(field), Outcomes.Type(field));
        yield return Case(field, $"{n}.numeric-string", $"{n} is a numeric string", CaseRules.TimeFormat,
            JsonText.Quote(JsonText.Number(Example)), Outcomes.Type(field), CaseExpectation.Accepted);
        yield return Case(field, $"{n}.numeric-string.zero", $"{n} is the string \"0\"", CaseRules.TimeFormat,
            JsonText.Quote("0"), Outcomes.Type(field), Outcomes.Range(field));
        yield return Case(field, $"{n}.numeric-string.fraction", $"{n} is a numeric string with a fraction", CaseRules.TimeFormat,
            JsonText.Quote(JsonText.Number(Example) + ".5"), Outcomes.Type(field), Outcomes.Type(field));
        yield return Case(field, $"{n}.iso-8601", $"{n} is an ISO 8601 date string", CaseRules.TimeFormat,
            JsonText.Quote("2024-02-28T11:07:24.540Z"), Outcomes.Type(field), Outcomes.Type(field));
        yield return Case(field, $"{n}.fraction", $"{n} has a fraction", CaseRules.TimeFormat,
            JsonText.Number(Example) + ".5", Outcomes.Type(field), CaseExpectation.Accepted);
        yield return Case(field, $"{n}.fraction.below-one", $"{n} is 0.5 (truncates to 0)", CaseRules.TimeFormat,
            "0.5", Outcomes.Type(field), Outcomes.Range(field));
        yield return Case(field, $"{n}.exponent", $"{n} in exponent form (integral)", CaseRules.TimeFormat,
            "1.70911844454E12", Outcomes.Type(field), CaseExpectation.Accepted);
        yield return Case(field, $"{n}.exponent.lower-case", $"{n} in exponent form with a lower-case e", CaseRules.TimeFormat,
            "1.70911844454e+12", Outcomes.Type(field), CaseExpectation.Accepted);
        yield return Case(field, $"{n}.exponent.fractional", $"{n} in exponent form with a fraction left", CaseRules.TimeFormat,
            "1.7091184445405E12", Outcomes.Type(field), CaseExpectation.Accepted);
        yield return Case(field, $"{n}.exponent.overflow", $"{n} is 1E19, past Int64", CaseRules.TimeFormat,
            "1E19", Outcomes.Type(field), Outcomes.Range(field));
        yield return Case(field, $"{n}.zero", $"{n} is 0", CaseRules.TimeRange,
            "0", Outcomes.Range(field), Outcomes.Range(field));
        yield return Case(field, $"{n}.negative", $"{n} is -1", CaseRules.TimeRange,
            "-1", Outcomes.Range(field), Outcomes.Range(field));
        yield return Case(field, $"{n}.negative.large", $"{n} is minus the example", CaseRules.TimeRange,
            "-" + JsonText.Number(Example), Outcomes.Range(field), Outcomes.Range(field));
        yield return Case(field, $"{n}.overflow", $"{n} is Int64.MaxValue + 1", CaseRules.TimeRange,
            overflow, Outcomes.Range(field), Outcomes.Range(field));
        yield return Case(field, $"{n}.overflow.huge", $"{n} has 30 digits", CaseRules.TimeRange,
            new string('9', 30), Outcomes.Range(field), Outcomes.Range(field));
    }

    private static BrokenCase Case(FieldRule field, string id, string title, string rule, string json,
        CaseExpectation strict, CaseExpectation lenient) =>
        CaseFactory.Body(id, title, field.Name, rule, SpecExample.Body.With(field.Name, json), strict, lenient);
}
