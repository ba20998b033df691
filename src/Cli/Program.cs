using Harness.Cli;

// The whole command tree lives in HarnessCommand; options may also come from HARNESS_* variables.
var root = HarnessCommand.Create();
var (effectiveArgs, fromEnvironment) = EnvironmentArguments.Apply(root, args, Environment.GetEnvironmentVariables());
var parsed = root.Parse(effectiveArgs);
return parsed.Errors.Count > 0
    ? UsageErrors.Report(parsed, fromEnvironment, Console.Error)
    : await parsed.InvokeAsync();
