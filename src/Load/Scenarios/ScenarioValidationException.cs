namespace Harness.Load.Scenarios;

/// <summary>Thrown by <see cref="Scenario.Load"/>, <see cref="Scenario.Parse"/>, <see cref="ScenarioBuilder.Build"/> and a reshaping <see cref="Running.ScenarioRunOptions"/> with every problem found.</summary>
public sealed class ScenarioValidationException : Exception
{
    /// <summary>Creates the exception listing <paramref name="problems"/>.</summary>
    public ScenarioValidationException(string source, IReadOnlyList<ScenarioProblem> problems)
        : base($"{source} is not a valid scenario ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):"
               + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
    {
        Problems = problems;
    }

    public ScenarioValidationException()
        : this("scenario", [])
    {
    }

    public ScenarioValidationException(string message)
        : base(message)
    {
        Problems = [];
    }

    public ScenarioValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Every problem, in document order.</summary>
    public IReadOnlyList<ScenarioProblem> Problems { get; }
}
