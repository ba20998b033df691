namespace Harness.Contract.Validation;

/// <summary>The verdict on one request body: a body-level problem, field violations, or an accepted alarm.</summary>
public sealed class ValidationResult
{
    private static readonly IReadOnlyList<Violation> NoViolations = [];

    private readonly int _maxDepth;

    private ValidationResult(BodyProblem problem, IReadOnlyList<Violation> violations, Alarm? alarm, int maxDepth = ContractLimits.MaxDepth)
    {
        _maxDepth = maxDepth;
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
        : Problem != BodyProblem.None ? Messages.For(Problem, _maxDepth)
        : Messages.Join(Violations);

    internal static ValidationResult Accepted(Alarm alarm) => new(BodyProblem.None, NoViolations, alarm);

    /// <summary>A body-level rejection; <paramref name="maxDepth"/> is the profile's nesting limit, which a too-deep body's message names.</summary>
    internal static ValidationResult Rejected(BodyProblem problem, int maxDepth) => new(problem, NoViolations, null, maxDepth);

    internal static ValidationResult Rejected(IReadOnlyList<Violation> violations) => new(BodyProblem.None, violations, null);
}
