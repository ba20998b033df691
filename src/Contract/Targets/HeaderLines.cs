namespace Harness.Contract.Targets;

/// <summary>Extra headers as the user gives them (<c>--header 'Name: value'</c>) and as reports show them.</summary>
public static class HeaderLines
{
    // Framing and routing are the harness's own business: a user header must not change them.
    private static readonly string[] Reserved = ["Content-Length", "Transfer-Encoding", "Connection"];

    /// <summary>Parses each 'Name: value'; a line without a name and a colon is a problem (shown redacted).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(IEnumerable<string> lines, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(problems);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problems.Add($"--header: '{Secrets.Redact(line)}' is not 'Name: value'");
                continue;
            }

            headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }

        return headers;
    }

    /// <summary>Every header whose name is not a token, whose value breaks a line, or that the harness sets itself.</summary>
    public static IEnumerable<string> Validate(IEnumerable<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var header in headers)
        {
            if (header.Key.Length == 0 || header.Key.Any(c => c <= ' ' || c >= 127 || c == ':'))
            {
                yield return $"--header: '{header.Key}' is not a valid header name";
            }
            else if (header.Value.Any(c => c is '\r' or '\n' or '\0'))
            {
                yield return $"--header: the value of '{header.Key}' contains a line break";
            }
            else if (header.Value.Any(c => c >= 127 || (c < ' ' && c != '\t')))
            {
                yield return $"--header: the value of '{header.Key}' may hold printable ASCII characters only";
            }
            else if (Reserved.Contains(header.Key, StringComparer.OrdinalIgnoreCase))
            {
                yield return $"--header: '{header.Key}' is set by the harness itself and cannot be replaced";
            }
        }
    }

    /// <summary>Headers as run.json and reports record them: names, values redacted.</summary>
    public static IReadOnlyList<string> Redacted(IEnumerable<KeyValuePair<string, string>> headers) =>
        [.. headers.Select(h => $"{h.Key}: {Secrets.Redact(h.Value)}")];
}
