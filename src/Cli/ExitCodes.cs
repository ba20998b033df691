namespace Harness.Cli;

/// <summary>The documented exit codes of every command (ARCHITECTURE.md, "The command").</summary>
internal static class ExitCodes
{
    public const int Passed = 0;
    public const int Failed = 1;
    public const int UsageError = 2;
    public const int TargetUnreachable = 3;
    public const int Interrupted = 130;
}
