namespace Harness.Contract;

/// <summary>
/// Integration keys and tokens are credentials: everything the harness prints or writes shows
/// them only as their first four characters and <c>***</c> (ARCHITECTURE.md, "Results").
/// </summary>
public static class Secrets
{
    public const string Mask = "***";

    /// <summary><c>abcdefgh</c> becomes <c>abcd***</c>; keys of four characters or fewer become <c>***</c>.</summary>
    public static string Redact(string? secret) =>
        string.IsNullOrEmpty(secret) ? Mask
        : secret.Length <= 4 ? Mask
        : string.Concat(secret.AsSpan(0, 4), Mask);

    /// <summary>Replaces every occurrence of each secret in a text (a URL, a curl line, a log line).</summary>
    public static string RedactIn(string text, IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(secrets);
        foreach (var secret in secrets.Where(s => !string.IsNullOrEmpty(s)).OrderByDescending(s => s!.Length))
        {
            text = text.Replace(secret!, Redact(secret), StringComparison.Ordinal);
            var escaped = Uri.EscapeDataString(secret!);
            if (escaped != secret)
            {
                text = text.Replace(escaped, Redact(secret), StringComparison.Ordinal);
            }
        }

        return text;
    }
}
