using System.CommandLine;

namespace Harness.Cli;

/// <summary>The <c>harness</c> root command: one subcommand per feature, each in Commands/.</summary>
internal static class HarnessCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand(
            "harness: conformance and load testing for Huawei Cloud COC's custom alarm integration " +
            "(POST /v1/event/huawei/custom/{integration_key}).\n" +
            "Every option can also be set with a HARNESS_* environment variable " +
            "(--rate-limit -> HARNESS_RATE_LIMIT); the command line wins.\n" +
            "Exit codes: 0 passed, 1 checks or thresholds failed, 2 usage or configuration error, " +
            "3 target unreachable or run incomplete, 130 interrupted.");
        root.Subcommands.Add(Commands.LoadCommand.Create());
        root.Subcommands.Add(Commands.FakeCommand.Create());
        root.Subcommands.Add(Commands.MergeCommand.Create());
        root.Subcommands.Add(Commands.ConformanceCommand.Create());
        root.Subcommands.Add(Commands.GateCommand.Create());
        root.Subcommands.Add(Commands.ReportCommand.Create());
        return root;
    }
}
