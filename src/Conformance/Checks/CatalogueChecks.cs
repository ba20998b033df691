using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Contract.Validation;
using Harness.Generators.Broken;
using Harness.Generators.Valid;

namespace Harness.Conformance.Checks;

/// <summary>
/// Turns the generators' catalogues into checks one for one, keeping their ids: the broken catalogue
/// carries its own expectations per profile; valid bodies are judged by the validator of each profile.
/// </summary>
internal static class CatalogueChecks
{
    public static IEnumerable<ConformanceCheck> Valid(AlarmValidator strict, AlarmValidator lenient)
    {
        foreach (var valid in ValidCatalogue.All)
        {
            var request = CheckRequest.Json(valid.Body);
            var field = FieldNamedBy(valid.Id);
            var rule = valid.Id.StartsWith("boundary.", StringComparison.Ordinal) ? "boundary" : "valid";
            yield return new ConformanceCheck(
                valid.Id, valid.Title, CheckGroup.Positive, rule,
                field is null ? SpecRows.Example : SpecRows.ForField(field), field, [request],
                Expectation.From(strict.Validate(valid.Body, request.ContentType)),
                Expectation.From(lenient.Validate(valid.Body, request.ContentType)));
        }
    }

    public static IEnumerable<ConformanceCheck> Broken()
    {
        foreach (var broken in BrokenCatalogue.All)
        {
            var source = broken.Request;
            var isKeyLevel = source.Key != KeyVariant.Valid;
            yield return new ConformanceCheck(
                broken.Id, broken.Title, isKeyLevel ? CheckGroup.Key : CheckGroup.Negative, broken.Rule,
                isKeyLevel ? SpecRows.Key : SpecRows.ForField(broken.Field), broken.Field,
                [new CheckRequest(source.Body, source.ContentType, source.Key, source.ExtraHeaders)],
                Expectation.From(broken.For(Profile.Strict)), Expectation.From(broken.For(Profile.Lenient)));
        }
    }

    /// <summary>The spec's own example body: the valid case whose id says so, else the first valid case.</summary>
    public static byte[] SpecExample()
    {
        var all = ValidCatalogue.All;
        var example = all.FirstOrDefault(c => c.Id.Contains("spec", StringComparison.OrdinalIgnoreCase)) ?? all.FirstOrDefault();
        return example?.Body ?? throw new InvalidOperationException("The valid catalogue is empty: no body to derive checks from.");
    }

    /// <summary>A body every profile rejects at body level (malformed JSON, say), for auth-before-body checks.</summary>
    public static byte[] BodyLevelBroken()
    {
        var candidate = BrokenCatalogue.All.FirstOrDefault(c =>
            c.Field is null && c.Request.Key == KeyVariant.Valid && c.Request.ExtraHeaders.Count == 0
            && c.Request.Body.Length > 0 && c.Strict.Status == 400 && c.Lenient.Status == 400
            && ContentTypeRule.Accepts(c.Request.ContentType, Profile.Strict));
        return candidate?.Request.Body ?? "{\"alarmId\":"u8.ToArray();
    }

    /// <summary>Valid case ids name the field they probe (<c>boundary.alarmName.255.cjk</c>) when they probe one.</summary>
    private static string? FieldNamedBy(string id) =>
        id.Split('.').Select(AlarmFields.Find).FirstOrDefault(f => f is not null)?.Name;
}
