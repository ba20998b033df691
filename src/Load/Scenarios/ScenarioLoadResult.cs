namespace Harness.Load.Scenarios;

/// <summary>The outcome of loading a scenario: the model, or every problem found.</summary>
internal sealed record ScenarioLoadResult(Scenario? Scenario, IReadOnlyList<ScenarioProblem> Problems, string Source)
{
    /// <summary>True when the scenario loaded with no problem.</summary>
    public bool IsValid => Scenario is not null && Problems.Count == 0;

    /// <summary>The scenario, or a <see cref="ScenarioValidationException"/> listing every problem.</summary>
    public Scenario OrThrow() => IsValid ? Scenario! : throw new ScenarioValidationException(Source, Problems);
}
