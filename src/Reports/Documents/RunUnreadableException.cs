namespace Harness.Reports.Documents;

/// <summary>A run folder whose run.json is missing, malformed or of an unknown kind (exit code 3).</summary>
public sealed class RunUnreadableException : Exception
{
    public RunUnreadableException()
    {
    }

    public RunUnreadableException(string message)
        : base(message)
    {
    }

    public RunUnreadableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
