namespace Harness.Contract.Validation;

/// <summary>The verdict on one request body: a body-level problem, field violations, or an accepted alarm.</summary>
public sealed class ValidationResult
{
    private static readonly IReadOnlyList<Violation> NoViolations = [];

    private ValidationResult(BodyProblem problem, IReadOnlyList<Violation> violations, Alarm? alarm)
    {
        Problem = problem;
        Violations = violations;
        Alarm = alarm;
    }

    /// <summary>Why the body could not be read at all, or <see cref="BodyProblem.None"/>.</summary>
    public BodyProblem Problem { get; }

    /// <summary>Every violated field rule, in field-declaration order (at most one per field).</summary>
    public IReadOnlyList<Violation> Violations { get; }

    /// <summary>The accepted alarm when <see cref="IsValid"/>.</summary>
    public Alarm? Alarm { get; }

    public bool IsValid => Problem == BodyProblem.None && Violations.Count == 0;

    /// <summary>The <c>error_msg</c> a 400 carries; null when valid.</summary>
    public string? ErrorMessage => IsValid ? null
        : Problem != BodyProblem.None ? Messages.For(Problem)
        : Messages.Join(Violations);

    internal static ValidationResult Accepted(Alarm alarm) => new(BodyProblem.None, NoViolations, alarm);

    internal static ValidationResult Rejected(BodyProblem problem) => new(problem, NoViolations, null);

    internal static ValidationResult Rejected(IReadOnlyList<Violation> violations) => new(BodyProblem.None, violations, null);
}
