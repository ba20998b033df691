namespace Harness.Conformance;

/// <summary>
/// The target could not be reached at all (refused, unresolvable, TLS failure, no answer in time):
/// thrown once, before any check runs, instead of a wall of failed checks.
/// </summary>
public sealed class TargetUnreachableException : Exception
{
    public TargetUnreachableException()
    {
    }

    public TargetUnreachableException(string message)
        : base(message)
    {
    }

    public TargetUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
