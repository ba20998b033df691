using System.Text;

namespace Harness.Contract;

/// <summary>
/// Makes text a target (or a run folder) supplied safe inside summary.md, which CI appends to
/// <c>$GITHUB_STEP_SUMMARY</c> and renders as GitHub-flavoured Markdown with inline HTML: HTML is
/// escaped as entities, Markdown punctuation (images, links, emphasis, table pipes) is
/// backslash-escaped, control characters (NUL, ESC, ...) are dropped and line breaks flattened.
/// </summary>
public static class MarkdownText
{
    // What starts emphasis, code, links and images, or ends a table cell (line starts never occur: breaks are flattened).
    private const string Specials = "\\`*_[]!|~";

    /// <summary>Text for a table cell or a line of prose, cut at <paramref name="maxLength"/> characters.</summary>
    public static string Inline(string? text, int maxLength = 300)
    {
        var safe = new StringBuilder((text ?? "").Length + 16);
        foreach (var c in (text ?? "").AsSpan(0, Math.Min((text ?? "").Length, maxLength)))
        {
            switch (c)
            {
                case '\n' or '\r' or '\t':
                    safe.Append(' ');
                    break;
                case '<':
                    safe.Append("&lt;");
                    break;
                case '>':
                    safe.Append("&gt;");
                    break;
                case '&':
                    safe.Append("&amp;");
                    break;
                case var unsafeChar when ConsoleText.IsUnsafe(unsafeChar):
                    break;
                case var special when Specials.Contains(special, StringComparison.Ordinal):
                    safe.Append('\\').Append(special);
                    break;
                default:
                    safe.Append(c);
                    break;
            }
        }

        return text?.Length > maxLength ? safe.Append("...").ToString() : safe.ToString();
    }

    /// <summary>
    /// Text for a code span (<c>`...`</c>): GitHub shows it literally, so only what could end the span
    /// (a backtick, a line break) or act on a terminal (control characters) is replaced.
    /// </summary>
    public static string Code(string? text, int maxLength = 300)
    {
        var safe = new StringBuilder();
        foreach (var c in (text ?? "").AsSpan(0, Math.Min((text ?? "").Length, maxLength)))
        {
            if (c is '\n' or '\r' or '\t')
            {
                safe.Append(' ');
            }
            else if (c == '`')
            {
                safe.Append('\'');
            }
            else if (!ConsoleText.IsUnsafe(c))
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }
}
