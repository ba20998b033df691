namespace Harness.Cli;

/// <summary>The documented exit codes of every command (ARCHITECTURE.md, "The command").</summary>
internal enum ExitCode
{
    Passed = 0,
    Failed = 1,
    UsageError = 2,
    TargetUnreachable = 3,
    Interrupted = 130,
}
