using Harness.Contract.Fields;
using Harness.Contract.Validation;

namespace Harness.Fakes.Misbehaving.Receiving;

/// <summary>
/// The contract validator's verdict on a body, in a form a defect can bend: violations can be
/// dropped (a rule not enforced) or added (a valid value refused).
/// </summary>
internal sealed class Judgement
{
    private Judgement(BodyProblem problem, List<Violation> violations, bool isRecovery)
    {
        Problem = problem;
        Violations = violations;
        IsRecovery = isRecovery;
    }

    public BodyProblem Problem { get; set; }

    /// <summary>Field violations, kept in field-declaration order.</summary>
    public List<Violation> Violations { get; }

    /// <summary>Messages of rules the contract does not have (planted by a defect).</summary>
    public List<string> ExtraMessages { get; } = [];

    public bool IsRecovery { get; }

    public bool IsValid => Problem == BodyProblem.None && Violations.Count == 0 && ExtraMessages.Count == 0;

    /// <summary>The 400 text: the body problem alone, or every violation joined as the contract joins them.</summary>
    public string Message => Problem != BodyProblem.None
        ? Messages.For(Problem)
        : string.Join(Messages.Separator, Violations.Select(v => v.Message).Concat(ExtraMessages));

    public static Judgement From(ValidationResult result) =>
        new(result.Problem, [.. result.Violations], result.Alarm?.IsRecovery ?? false);

    public void Drop(Func<Violation, bool> predicate) => Violations.RemoveAll(v => predicate(v));

    /// <summary>Adds a violation for a field that has none yet, keeping declaration order.</summary>
    public void Add(FieldRule field, ViolationRule rule)
    {
        if (Violations.Exists(v => ReferenceEquals(v.Field, field)))
        {
            return;
        }

        Violations.Add(new Violation(field, rule, Messages.For(field, rule)));
        Violations.Sort((a, b) => AlarmFields.IndexOf(a.Field).CompareTo(AlarmFields.IndexOf(b.Field)));
    }
}
