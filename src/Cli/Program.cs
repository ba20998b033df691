using System.CommandLine;
using Harness.Cli;

// The whole command tree lives in HarnessCommand; options may also come from HARNESS_* variables.
var root = HarnessCommand.Create();
var (effectiveArgs, fromEnvironment) = EnvironmentArguments.Apply(root, args, Environment.GetEnvironmentVariables());
var parsed = root.Parse(effectiveArgs);
return parsed.Errors.Count > 0
    ? (int)UsageErrors.Report(parsed, fromEnvironment, Console.Error)
    // After Ctrl+C a command stops sending and writes what it measured (marked partial) before it exits
    // 130; the default two-second cut-off could end the process halfway through writing the run folder.
    : await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(10) });
