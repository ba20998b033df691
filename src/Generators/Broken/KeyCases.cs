using Harness.Contract.Fields;
using Harness.Contract.Validation;
using Harness.Generators.Json;
using Harness.Generators.Valid;

namespace Harness.Generators.Broken;

/// <summary>
/// Cases about the integration key in the path (DECISIONS rows 1, 2, 19). Auth comes before the
/// body, so a refused key is 401 even with a broken body or Content-Type.
/// </summary>
internal static class KeyCases
{
    public static IEnumerable<BrokenCase> All()
    {
        var body = SpecExample.Body.ToUtf8();
        foreach (var variant in Enum.GetValues<KeyVariant>())
        {
            if (variant == KeyVariant.Valid)
            {
                continue;
            }

            var expected = KeyVariants.IsRefused(variant) ? CaseExpectation.Unauthorized : CaseExpectation.Accepted;
            yield return Case($"key.{Kebab(variant)}", $"the spec example sent with the key {Describe(variant)}",
                body, variant, expected);
        }

        var unauthorized = CaseExpectation.Unauthorized;
        yield return Case("key.unknown.malformed-body", "an unknown key with a malformed body",
            JsonText.Utf8($"{{\"{AlarmFields.All[0].Name}\": "), KeyVariant.Unknown, unauthorized);
        yield return Case("key.unknown.missing-fields", "an unknown key with an empty object",
            JsonText.Utf8("{}"), KeyVariant.Unknown, unauthorized);
        yield return Case("key.missing.empty-body", "no key and no body", [], KeyVariant.Missing, unauthorized);
        yield return Case("key.too-long.not-an-object", "an over-long key with a JSON array", JsonText.Utf8("[]"),
            KeyVariant.TooLong, unauthorized);
        yield return CaseFactory.Raw("key.wrong-case.text-plain", "a wrong-case key with a text/plain body", null, CaseRules.Key,
            body, unauthorized, unauthorized, "text/plain", KeyVariant.WrongCase);
    }

    private static BrokenCase Case(string id, string title, byte[] body, KeyVariant key, CaseExpectation both) =>
        CaseFactory.Raw(id, title, null, CaseRules.Key, body, both, both, ContentTypeRule.Canonical, key);

    private static string Kebab(KeyVariant variant) => variant switch
    {
        KeyVariant.TooLong => "too-long",
        KeyVariant.PercentEncoded => "percent-encoded",
        KeyVariant.WrongCase => "wrong-case",
        _ => variant.ToString().ToLowerInvariant(),
    };

    private static string Describe(KeyVariant variant) => variant switch
    {
        KeyVariant.Missing => "segment left out",
        KeyVariant.Empty => "segment empty",
        KeyVariant.Unknown => "of no configured integration",
        KeyVariant.TooLong => "one character over 255",
        KeyVariant.PercentEncoded => "percent-encoded (equal once decoded: accepted)",
        KeyVariant.WrongCase => "in the wrong letter case",
        _ => variant.ToString(),
    };
}
