using Harness.Conformance.Checks;
using Harness.Contract;
using Harness.Generators.Broken;

namespace Harness.Conformance.Observations;

/// <summary>
/// Reads a <see cref="ReceiverProfile"/> off a run's answers: for each open point a profile
/// records, the reading the target's answers show. Points the run did not probe keep the strict
/// reading. <c>--write-profile</c> writes the result; the fake started with it answers alike.
/// </summary>
internal static class ProfileObserver
{
    /// <summary>The check whose answer decides the file's <c>contentType</c> (a missing one only when it did not run).</summary>
    public const string ForeignContentType = "content-type.text-plain";

    public static ReceiverProfile Observe(ConformanceRun run, string name)
    {
        var byId = run.Checks.Where(c => c.ActualStatus is not null).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var time = AlarmFieldsText.Time;
        var blank = AlarmFieldsText.FirstRequiredText;
        var depth = run.Checks.Where(c => c.Rule == CaseRules.Nesting && c.ActualStatus is not null).ToArray();
        var strict = ReceiverProfile.Strict;
        return strict with
        {
            Name = name,
            CoercesTime = Accepted(byId, $"{time}.numeric-string") ?? strict.CoercesTime,
            CaseInsensitiveEnums = Accepted(byId, ProbeChecks.EnumLowercase) ?? strict.CaseInsensitiveEnums,
            CoercesScalars = Accepted(byId, ProbeChecks.CoerceTextNumber) ?? strict.CoercesScalars,
            AcceptsAnyContentType = Accepted(byId, ForeignContentType) ?? Accepted(byId, ProbeChecks.ContentTypeMissing) ?? strict.AcceptsAnyContentType,
            AcceptsBlankStrings = Accepted(byId, $"{blank}.whitespace") ?? strict.AcceptsBlankStrings,
            SkipsByteOrderMark = Accepted(byId, "body.bom") ?? strict.SkipsByteOrderMark,
            MaxDepth = Depth(depth) ?? strict.MaxDepth,
        };
    }

    private static bool? Accepted(Dictionary<string, CheckResult> byId, string id) =>
        byId.TryGetValue(id, out var check) ? check.ActualStatus is >= 200 and < 300 : null;

    // Nesting checks at known depths (the probes every few levels, the catalogue's at and past the limit):
    // the limit seen is the deepest accepted before the first refused, or just above the deepest probed.
    private static int? Depth(CheckResult[] nesting)
    {
        var probed = nesting.Select(c => (Depth: NestingProbes.DepthOf(c.Id), Accepted: c.ActualStatus is >= 200 and < 300))
            .Where(p => p.Depth is not null).OrderBy(p => p.Depth).ToArray();
        if (probed.Length == 0)
        {
            return null;
        }

        var refused = Array.FindIndex(probed, p => !p.Accepted);
        return refused < 0 ? probed[^1].Depth
            : refused == 0 ? probed[0].Depth - 1
            : probed[refused - 1].Depth;
    }

    private static class AlarmFieldsText
    {
        public static readonly string Time = Harness.Contract.Fields.AlarmFields.Time.Name;

        public static readonly string FirstRequiredText = Harness.Contract.Fields.AlarmFields.All
            .First(f => f.Required && f.Kind == Harness.Contract.Fields.JsonKind.String && !f.IsEnum).Name;
    }
}
