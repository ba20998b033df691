using System.CommandLine;

namespace Harness.Cli;

/// <summary>
/// Binds a command's action to an <see cref="ExitCode"/>. A lambda that returns the enum would
/// otherwise bind to System.CommandLine's void (or plain Task) overload of SetAction and exit 0.
/// </summary>
internal static class CommandExitCodes
{
    public static void SetExitCodeAction(this Command command, Func<ParseResult, ExitCode> action) =>
        command.SetAction(parse => (int)action(parse));

    public static void SetExitCodeAction(this Command command, Func<ParseResult, CancellationToken, Task<ExitCode>> action) =>
        command.SetAction(async (parse, ct) => (int)await action(parse, ct).ConfigureAwait(false));
}
