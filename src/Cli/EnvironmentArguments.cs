using System.Collections;
using System.CommandLine;

namespace Harness.Cli;

/// <summary>
/// Lets every option come from a <c>HARNESS_*</c> environment variable: for each option of the
/// chosen command that the command line leaves out, a set variable is appended as if typed, so
/// the ordinary parser validates it. Repeatable options take a comma-separated list.
/// </summary>
internal static class EnvironmentArguments
{
    public const string Prefix = "HARNESS_";

    /// <summary>The variable that feeds an option: <c>--rate-limit</c> is <c>HARNESS_RATE_LIMIT</c>.</summary>
    public static string VariableFor(Option option) =>
        Prefix + option.Name.TrimStart('-').Replace('-', '_').ToUpperInvariant();

    /// <summary>The arguments with the environment's values appended, and which options they fed (option name to variable).</summary>
    public static (string[] Args, IReadOnlyDictionary<string, string> FromEnvironment) Apply(
        RootCommand root, string[] args, IDictionary environment)
    {
        var parsed = root.Parse(args);
        var extra = new List<string>();
        var used = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in OptionsOf(parsed.CommandResult.Command, root))
        {
            var variable = VariableFor(option);
            if (parsed.GetResult(option) is { Implicit: false } || environment[variable] is not string value)
            {
                continue;
            }

            used[option.Name] = variable;
            var isList = option.Arity.MaximumNumberOfValues > 1;
            foreach (var item in isList ? value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [value])
            {
                extra.Add(option.Name);
                extra.Add(item);
            }
        }

        return (extra.Count == 0 ? args : [.. args, .. extra], used);
    }

    private static IEnumerable<Option> OptionsOf(Command command, RootCommand root)
    {
        var recursive = command == root ? [] : root.Options.Where(o => o.Recursive);
        foreach (var option in command.Options.Concat(recursive))
        {
            // Built-ins (--help, --version) never come from the environment.
            if (option is not System.CommandLine.Help.HelpOption and not VersionOption)
            {
                yield return option;
            }
        }
    }
}
