using Harness.Contract;

namespace Harness.Cli.Commands;

/// <summary>The value of <c>--profile</c> for <c>conformance</c> and <c>fake</c>: <c>strict</c>, <c>lenient</c> or a profile file.</summary>
internal static class ProfileArgument
{
    public const string Help = "strict, lenient, or a profile FILE written by 'harness conformance --write-profile'";

    /// <summary>The profile named or read; a problem naming the option when neither works.</summary>
    public static ReceiverProfile? Parse(string text, out string? problem)
    {
        problem = null;
        var trimmed = text.Trim();
        if (trimmed.Equals("strict", StringComparison.OrdinalIgnoreCase))
        {
            return ReceiverProfile.Strict;
        }

        if (trimmed.Equals("lenient", StringComparison.OrdinalIgnoreCase))
        {
            return ReceiverProfile.Lenient;
        }

        if (!File.Exists(trimmed))
        {
            problem = $"--profile: '{text}' is neither strict, lenient nor an existing profile file";
            return null;
        }

        try
        {
            return ProfileFile.Read(trimmed);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            problem = "--profile: " + ex.Message;
            return null;
        }
    }
}
