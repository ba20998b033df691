namespace Harness.Runs;

/// <summary>One testcase of junit.xml: passed unless it has a <see cref="Problem"/> or is <see cref="Skipped"/> (the skip message).</summary>
public sealed record JunitCase(string ClassName, string Name, double Seconds = 0)
{
    public JunitProblem? Problem { get; init; }

    public string? Skipped { get; init; }

    /// <summary>Name/value pairs CI tools can filter on.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Properties { get; init; } = [];

    /// <summary>Output kept with a passed case (something reported, not failed).</summary>
    public string? SystemOut { get; init; }
}

/// <summary>Why a testcase did not pass: a failure (the target did not meet the check) or an error (it could not be judged).</summary>
public sealed record JunitProblem(bool IsError, string Type, string Message, string Text);

/// <summary>A testsuite of junit.xml: its cases, its time and when it began.</summary>
public sealed record JunitSuite(string Name, DateTimeOffset StartedUtc, double Seconds, IReadOnlyList<JunitCase> Cases);
