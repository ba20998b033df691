using Harness.Conformance.Checks;

namespace Harness.Conformance.Observations;

/// <summary>
/// Which unit the target counts lengths in, from four boundary probes that the three candidate
/// rules (UTF-16 code units, code points, UTF-8 bytes) answer differently.
/// </summary>
internal static class LengthCounting
{
    // Accepted (true) or rejected (false) under each rule, in probe order:
    // emoji at the unit limit, emoji over it, CJK over the byte limit, CJK over the code point limit.
    private static readonly string[] Probes =
        [ProbeChecks.EmojiMaxUnits, ProbeChecks.EmojiOverUnits, ProbeChecks.CjkOverBytes, ProbeChecks.CjkOverCodePoints];

    private static readonly (string Rule, bool[] Accepts)[] Rules =
    [
        ("UTF-16 code units (like Java's String.length() and @Size: the contract's rule)", [true, false, true, false]),
        ("Unicode code points", [true, true, true, false]),
        ("UTF-8 bytes", [false, false, false, false]),
        ("no limit at all on these lengths", [true, true, true, true]),
    ];

    public static Finding? Observe(Dictionary<string, CheckResult> byId)
    {
        var statuses = Probes.Select(p => byId.GetValueOrDefault(p)?.ActualStatus).ToArray();
        if (statuses.Any(s => s is null))
        {
            return null;
        }

        var accepts = statuses.Select(s => s is >= 200 and < 300).ToArray();
        var match = Rules.FirstOrDefault(r => r.Accepts.SequenceEqual(accepts));
        var observed = match.Rule is not null
            ? $"lengths are counted in {match.Rule}"
            : $"no single rule explains the answers ({string.Join(", ", Probes.Zip(statuses, (p, s) => $"{p}: {s}"))})";
        return new Finding("length-counting", "How does the target count string lengths?", observed, Probes, null);
    }
}
