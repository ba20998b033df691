namespace Harness.Load.Scenarios;

/// <summary>One thing wrong with a scenario: where (a JSON path such as <c>$.phases[2].rate</c>), what, and a hint.</summary>
public sealed record ScenarioProblem(string Path, string Message, string? Hint = null)
{
    /// <summary><c>$.phases[2].rate: must be &gt; 0 (hint)</c>.</summary>
    public override string ToString() => Hint is null ? $"{Path}: {Message}" : $"{Path}: {Message} ({Hint})";
}
