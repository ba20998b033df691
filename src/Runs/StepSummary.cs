namespace Harness.Runs;

/// <summary>GitHub Actions' job summary: every run's summary.md is appended to the file <c>$GITHUB_STEP_SUMMARY</c> names, when it names one.</summary>
public static class StepSummary
{
    /// <summary>The environment variable GitHub Actions names the job summary file with.</summary>
    public const string Variable = "GITHUB_STEP_SUMMARY";

    public static void Append(string markdown)
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path)
        {
            File.AppendAllText(path, markdown + Environment.NewLine);
        }
    }
}
