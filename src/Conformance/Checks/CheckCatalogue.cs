using Harness.Contract;
using Harness.Contract.Validation;

namespace Harness.Conformance.Checks;

/// <summary>
/// Every check of the suite, in report order, derived from the field table and the generators'
/// catalogues (never typed out): adding a field or a catalogue case adds its checks.
/// </summary>
internal static class CheckCatalogue
{
    public static IReadOnlyList<ConformanceCheck> Build(bool tokenConfigured)
    {
        var strict = new AlarmValidator(Profile.Strict);
        var lenient = new AlarmValidator(Profile.Lenient);
        var example = CatalogueChecks.SpecExample();
        var brokenBody = CatalogueChecks.BodyLevelBroken();
        var broken = CatalogueChecks.Broken().ToList();

        var checks = new List<ConformanceCheck>();
        checks.AddRange(CatalogueChecks.Valid(strict, lenient));
        checks.AddRange(SequenceChecks.All(example, strict, lenient));
        checks.AddRange(broken.Where(c => c.Group == CheckGroup.Negative));
        checks.AddRange(broken.Where(c => c.Group == CheckGroup.Key));
        checks.AddRange(KeyChecks.AuthBeforeBody(broken, brokenBody, strict));
        if (tokenConfigured)
        {
            checks.AddRange(KeyChecks.Token(example, brokenBody));
        }

        checks.AddRange(RouteChecks.All(example));
        checks.AddRange(ProbeChecks.All(example, strict, lenient));
        checks.AddRange(NestingProbes.All(example, strict, lenient));

        // Ids are the stable names in junit.xml and --only: a clash between catalogues is a bug there.
        var clash = checks.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return clash is null ? [.. checks.Select(BasisRules.Classify)] : throw new InvalidOperationException($"Two checks share the id '{clash.Key}'.");
    }
}
