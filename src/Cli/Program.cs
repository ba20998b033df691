using Harness.Cli;

// The whole command tree lives in HarnessCommand; options may also come from HARNESS_* variables.
var root = HarnessCommand.Create();
var effectiveArgs = EnvironmentArguments.Apply(root, args, Environment.GetEnvironmentVariables());
return await root.Parse(effectiveArgs).InvokeAsync();
