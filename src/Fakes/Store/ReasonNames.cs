using Harness.Contract.Fields;
using Harness.Contract.Validation;

namespace Harness.Fakes.Store;

/// <summary>
/// Every rejection reason the stats can name, numbered once so counting one is an array increment:
/// the request-level reasons, then <c>body.&lt;BodyProblem&gt;</c>, then <c>&lt;field&gt;.&lt;rule&gt;</c>.
/// </summary>
internal static class ReasonNames
{
    private static readonly int BodyBase = Enum.GetValues<RejectionReason>().Length;
    private static readonly int FieldBase = BodyBase + Enum.GetValues<BodyProblem>().Length;
    private static readonly int RuleCount = Enum.GetValues<ViolationRule>().Length;

    /// <summary>The names, indexed as the counters are.</summary>
    public static readonly string[] All = Build();

    public static int Of(RejectionReason reason) => (int)reason;

    public static int Of(BodyProblem problem) => BodyBase + (int)problem;

    public static int Of(FieldRule field, ViolationRule rule) => FieldBase + (AlarmFields.IndexOf(field) * RuleCount) + (int)rule;

    private static string[] Build()
    {
        var names = new string[FieldBase + (AlarmFields.All.Count * RuleCount)];
        foreach (var reason in Enum.GetValues<RejectionReason>())
        {
            names[Of(reason)] = reason switch
            {
                RejectionReason.KeyMissing => "auth.keyMissing",
                RejectionReason.KeyUnknown => "auth.keyUnknown",
                RejectionReason.KeyTooLong => "auth.keyTooLong",
                RejectionReason.TokenInvalid => "auth.tokenInvalid",
                _ => char.ToLowerInvariant(reason.ToString()[0]) + reason.ToString()[1..],
            };
        }

        foreach (var problem in Enum.GetValues<BodyProblem>())
        {
            names[Of(problem)] = $"body.{problem}";
        }

        foreach (var field in AlarmFields.All)
        {
            foreach (var rule in Enum.GetValues<ViolationRule>())
            {
                names[Of(field, rule)] = $"{field.Name}.{rule}";
            }
        }

        return names;
    }
}
