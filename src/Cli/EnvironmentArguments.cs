using System.Collections;
using System.CommandLine;

namespace Harness.Cli;

/// <summary>
/// Lets every option come from a <c>HARNESS_*</c> environment variable: for each option of the
/// chosen command that the command line leaves out, a set variable is appended as if typed, so
/// the ordinary parser validates it and names it in errors. Repeatable options take a
/// comma-separated list.
/// </summary>
internal static class EnvironmentArguments
{
    public const string Prefix = "HARNESS_";

    /// <summary>The variable that feeds an option: <c>--rate-limit</c> is <c>HARNESS_RATE_LIMIT</c>.</summary>
    public static string VariableFor(Option option) =>
        Prefix + option.Name.TrimStart('-').Replace('-', '_').ToUpperInvariant();

    public static string[] Apply(RootCommand root, string[] args, IDictionary environment)
    {
        var parsed = root.Parse(args);
        var extra = new List<string>();
        foreach (var option in OptionsOf(parsed.CommandResult.Command, root))
        {
            if (parsed.GetResult(option) is { Implicit: false } || environment[VariableFor(option)] is not string value)
            {
                continue;
            }

            var isList = option.Arity.MaximumNumberOfValues > 1;
            foreach (var item in isList ? value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [value])
            {
                extra.Add(option.Name);
                extra.Add(item);
            }
        }

        return extra.Count == 0 ? args : [.. args, .. extra];
    }

    private static IEnumerable<Option> OptionsOf(Command command, RootCommand root)
    {
        foreach (var option in command.Options)
        {
            // Built-ins (--help, --version) never come from the environment.
            if (option is not System.CommandLine.Help.HelpOption and not VersionOption)
            {
                yield return option;
            }
        }

        foreach (var option in root.Options)
        {
            if (option.Recursive && command != root && option is not System.CommandLine.Help.HelpOption and not VersionOption)
            {
                yield return option;
            }
        }
    }
}
