using System.CommandLine;
using System.Text.RegularExpressions;

namespace Harness.Cli;

/// <summary>
/// Prints every parse error at once, in words a user reads (not .NET type names), naming the
/// environment variable when a value came from one, and returns the usage-error exit code.
/// </summary>
internal static partial class UsageErrors
{
    public static ExitCode Report(ParseResult parsed, IReadOnlyDictionary<string, string> fromEnvironment, TextWriter error)
    {
        foreach (var parseError in parsed.Errors)
        {
            var message = Readable(parseError.Message);
            foreach (var (option, variable) in fromEnvironment)
            {
                if (message.Contains($"'{option}'", StringComparison.Ordinal))
                {
                    message += $" (the value came from {variable})";
                }
            }

            error.WriteLine($"error: {message}");
        }

        error.WriteLine($"Run 'harness {CommandPath(parsed.CommandResult.Command)}--help' for the options.");
        return ExitCode.UsageError;
    }

    // "as expected type 'System.Nullable`1[System.Double]'" says nothing to a user.
    private static string Readable(string message) => ExpectedType().Replace(message, match =>
    {
        var type = match.Groups["type"].Value;
        var words = type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) ? "a number"
            : type.Contains("Int", StringComparison.Ordinal) ? "a whole number"
            : type.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
            : type.Contains("TimeSpan", StringComparison.Ordinal) ? "a duration"
            : "a value of the right kind";
        return $"as {words}";
    });

    private static string CommandPath(Command command) => command is RootCommand ? string.Empty : command.Name + " ";

    [GeneratedRegex(@"as expected type '(?<type>[^']+)'")]
    private static partial Regex ExpectedType();
}
