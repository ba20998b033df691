namespace Harness.Fakes.SelfTest;

/// <summary>One row of the self-test: the DECISIONS.md row, the case, what was expected and what came; <see cref="Problem"/> null when it matches.</summary>
public sealed record SelfTestRow(string Row, string Title, string Expected, string Actual, string? Problem);
