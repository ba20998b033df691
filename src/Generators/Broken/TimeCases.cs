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
    /// <summary>For an integer field (the catalogue picks the fields).</summary>
    public static IEnumerable<BrokenCase> For(FieldRule field)
    {
        var n = field.Name;
        var example = JsonText.Number(SpecExample.Time);
        var overflow = (new BigInteger(ContractLimits.MaxTime) + 1).ToString(CultureInfo.InvariantCulture);
        var (type, range, accepted) = (Outcomes.Type(field), Outcomes.Range(field), CaseExpectation.Accepted);
        const string FormatRule = CaseRules.TimeFormat, RangeRule = CaseRules.TimeRange;

        // id suffix, what is sent, rule, JSON value, expected under strict, under lenient
        (string Id, string Title, string Rule, string Json, CaseExpectation Strict, CaseExpectation Lenient)[] rows =
        [
            ("string", "is a word", FormatRule, JsonText.Quote("yesterday"), type, type),
            ("numeric-string", "is a numeric string", FormatRule, JsonText.Quote(example), type, accepted),
            ("numeric-string.zero", "is the string \"0\"", FormatRule, JsonText.Quote("0"), type, range),
            ("numeric-string.fraction", "is a numeric string with a fraction", FormatRule, JsonText.Quote(example + ".5"), type, type),
            ("iso-8601", "is an ISO 8601 date string", FormatRule, JsonText.Quote("2024-02-28T11:07:24.540Z"), type, type),
            ("fraction", "has a fraction", FormatRule, example + ".5", type, accepted),
            ("fraction.below-one", "is 0.5 (truncates to 0)", FormatRule, "0.5", type, range),
            ("exponent", "in exponent form (integral)", FormatRule, "1.70911844454E12", type, accepted),
            ("exponent.lower-case", "in exponent form with a lower-case e", FormatRule, "1.70911844454e+12", type, accepted),
            ("exponent.fractional", "in exponent form with a fraction left", FormatRule, "1.7091184445405E12", type, accepted),
            ("exponent.overflow", "is 1E19, past Int64", FormatRule, "1E19", type, range),
            ("zero", "is 0", RangeRule, "0", range, range),
            ("negative", "is -1", RangeRule, "-1", range, range),
            ("negative.large", "is minus the example", RangeRule, "-" + example, range, range),
            ("overflow", "is Int64.MaxValue + 1", RangeRule, overflow, range, range),
            ("overflow.huge", "has 30 digits", RangeRule, new string('9', 30), range, range),
        ];
        return rows.Select(r => CaseFactory.Body($"{n}.{r.Id}", $"{n} {r.Title}", n, r.Rule,
            SpecExample.Body.With(n, r.Json), r.Strict, r.Lenient));
    }
}
