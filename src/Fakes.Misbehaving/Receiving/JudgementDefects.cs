using System.Text;
using System.Text.Json;
using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Contract.Validation;
using Harness.Generators.Broken;

namespace Harness.Fakes.Misbehaving.Receiving;

/// <summary>
/// The defects that change what is accepted: each bends the contract validator's judgement in
/// one narrow way, so everything the defect does not touch is still judged correctly.
/// </summary>
internal static class JudgementDefects
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static Judgement Judge(Defect? defect, AlarmValidator validator, InboundRequest request)
    {
        var result = validator.Validate(request.Body, request.ContentType);
        if (defect == Defect.IgnoresContentType && result.Problem == BodyProblem.UnsupportedContentType)
        {
            result = validator.Validate(request.Body, ContentTypeRule.Canonical);
        }

        if (defect == Defect.AcceptsInvalidUtf8 && result.Problem == BodyProblem.InvalidUtf8)
        {
            // Decoding with replacement characters, as a lenient reader would, then judging what is left.
            result = validator.Validate(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(request.Body)), request.ContentType);
        }

        var judgement = Judgement.From(result);
        if (defect == Defect.IgnoresDepthLimit && judgement.Problem == BodyProblem.TooDeep)
        {
            judgement.Problem = BodyProblem.None;
        }

        if (defect == Defect.RejectsByteOrderMark && request.Body.AsSpan().StartsWith(Utf8Bom))
        {
            judgement.Problem = BodyProblem.MalformedJson;
        }

        if (judgement.Problem != BodyProblem.None || !NeedsValues(defect))
        {
            return judgement;
        }

        var values = BodyValues.TryRead(request.Body);
        if (values is not null)
        {
            Bend(defect, validator.Profile, values, judgement);
        }

        return judgement;
    }

    private static bool NeedsValues(Defect? defect) => defect is Defect.Accepts256CharacterNames
        or Defect.CaseInsensitiveEnumsInStrict or Defect.AcceptsStringTime or Defect.AcceptsTimeOutOfRange
        or Defect.AcceptsAdditionalAsString or Defect.CoercesScalarsToStringsInStrict
        or Defect.AcceptsEmptyRequiredStrings or Defect.CountsUtf8Bytes or Defect.CountsCodePoints or Defect.RejectsUnknownFields
        or Defect.TreatsWhitespaceAsMissing or Defect.AcceptsNearMissEnums;

    private static void Bend(Defect? defect, ReceiverProfile profile, BodyValues values, Judgement judgement)
    {
        switch (defect)
        {
            case Defect.Accepts256CharacterNames:
                judgement.Drop(v => v.Field == AlarmFields.AlarmName && v.Rule == ViolationRule.Size
                    && values.TextOf(v.Field.Name)?.Length == AlarmFields.MaxStringLength + 1);
                break;
            case Defect.AcceptsNearMissEnums:
                judgement.Drop(v => v.Rule == ViolationRule.Enum && NearMissValues.For(v.Field).Any(e => e.Value == values.TextOf(v.Field.Name)));
                break;
            case Defect.CaseInsensitiveEnumsInStrict when !profile.CaseInsensitiveEnums:
                judgement.Drop(v => v.Rule == ViolationRule.Enum && v.Field.EnumValues.Contains(
                    values.TextOf(v.Field.Name) ?? string.Empty, StringComparer.OrdinalIgnoreCase));
                break;
            case Defect.AcceptsStringTime:
                judgement.Drop(v => v.Field == AlarmFields.Time && values.KindOf(v.Field.Name) == JsonValueKind.String);
                break;
            case Defect.AcceptsTimeOutOfRange:
                judgement.Drop(v => v.Field == AlarmFields.Time && v.Rule == ViolationRule.Range);
                break;
            case Defect.AcceptsAdditionalAsString:
                judgement.Drop(v => v.Field == AlarmFields.Additional && values.KindOf(v.Field.Name) == JsonValueKind.String);
                break;
            case Defect.CoercesScalarsToStringsInStrict:
                CoerceScalars(values, judgement);
                break;
            case Defect.AcceptsEmptyRequiredStrings:
                judgement.Drop(v => v.Rule == ViolationRule.Size && values.TextOf(v.Field.Name) is { Length: 0 });
                break;
            case Defect.CountsUtf8Bytes:
                AddForEachText(values, judgement, ViolationRule.Size,
                    (field, text) => Encoding.UTF8.GetByteCount(text) > field.MaxLength);
                break;
            case Defect.CountsCodePoints:
                judgement.Drop(v => v.Rule == ViolationRule.Size && values.TextOf(v.Field.Name) is { } text
                    && CodePoints(text) >= v.Field.MinLength && CodePoints(text) <= v.Field.MaxLength);
                break;
            case Defect.TreatsWhitespaceAsMissing:
                AddForEachText(values, judgement, ViolationRule.Missing,
                    (field, text) => field.Required && text.Length > 0 && string.IsNullOrWhiteSpace(text));
                break;
            case Defect.RejectsUnknownFields:
                judgement.ExtraMessages.AddRange(values.Names
                    .Where(name => AlarmFields.Find(name) is null)
                    .Select(name => $"Unrecognized field \"{name}\""));
                break;
            default:
                break;
        }
    }

    // Coerced text still meets the enumeration, as Jackson's coercion followed by Bean Validation would.
    private static void CoerceScalars(BodyValues values, Judgement judgement)
    {
        var coerced = judgement.Violations.Where(v => v.Field.Kind == JsonKind.String && v.Rule == ViolationRule.Type
            && values.KindOf(v.Field.Name) is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False).ToList();
        foreach (var violation in coerced)
        {
            judgement.Drop(v => ReferenceEquals(v, violation));
            var text = values.RawTextOf(violation.Field.Name);
            if (violation.Field.IsEnum && !violation.Field.EnumValues.Contains(text, StringComparer.Ordinal))
            {
                judgement.Add(violation.Field, ViolationRule.Enum);
            }
        }
    }

    private static int CodePoints(string text) => text.EnumerateRunes().Count();

    private static void AddForEachText(BodyValues values, Judgement judgement, ViolationRule rule,
        Func<FieldRule, string, bool> breaks)
    {
        foreach (var field in AlarmFields.All)
        {
            if (field.Kind == JsonKind.String && values.TextOf(field.Name) is { } text && breaks(field, text))
            {
                judgement.Add(field, rule);
            }
        }
    }
}
