using System.Text;
using Harness.Conformance.Checks;
using Harness.Conformance.Running;
using Harness.Contract.Fields;

namespace Harness.Conformance.Reports;

/// <summary>
/// A bash command line that re-sends a check's request(s) byte for byte: the body goes through
/// <c>printf</c> (octal escapes for control and non-UTF-8 bytes) into <c>--data-binary @-</c>, and
/// curl's own defaults (a form Content-Type, <c>Expect</c>) are switched off. Secrets are redacted
/// unless asked otherwise.
/// </summary>
internal static class CurlCommand
{
    /// <summary>Bodies above this size are referenced from the run folder instead of inlined.</summary>
    public const int InlineBodyLimit = 16 * 1024;

    public static string For(TargetContext target, ConformanceCheck check, bool showSecrets)
    {
        var lines = check.Steps.Select((step, i) => One(target, step, BodyFileName(check.Id, i)));
        var text = string.Join("\n", lines);
        return showSecrets ? text : Harness.Contract.Secrets.RedactIn(text, target.Secrets);
    }

    /// <summary>Where a large body is saved in the run folder, relative to it.</summary>
    public static string BodyFileName(string checkId, int step) => $"bodies/{checkId}.{step}.body";

    // The same TLS, HTTP version and proxy as the run, so the curl line reproduces the answer (no proxy credentials).
    private static void AppendConnection(StringBuilder line, Harness.Contract.Targets.TargetEndpoint endpoint)
    {
        var tls = endpoint.Tls;
        if (tls.Insecure)
        {
            line.Append(" -k");
        }

        if (tls.CaCertificateFile is { } ca)
        {
            line.Append(" --cacert ").Append(Quote(ca));
        }

        if (tls.ClientCertificateFile is { } cert)
        {
            line.Append(" --cert ").Append(Quote(cert));
            if (tls.ClientKeyFile is { } key)
            {
                line.Append(" --key ").Append(Quote(key));
            }
        }

        if (endpoint.HttpVersion == "2")
        {
            line.Append(endpoint.UsesTls ? " --http2" : " --http2-prior-knowledge");
        }

        if (!endpoint.Proxy.FromEnvironment)
        {
            line.Append(endpoint.Proxy.Address is { } proxy ? $" -x {Quote($"http://{proxy.Host}:{proxy.Port}")}" : " --noproxy '*'");
        }
    }

    private static string One(TargetContext target, CheckRequest request, string bodyFile)
    {
        var line = new StringBuilder();
        var inline = request.Body.Length <= InlineBodyLimit;
        if (inline)
        {
            line.Append("printf -- ").Append(PrintfFormat(request.Body)).Append(" | ");
        }

        // -w adds a line break after each answer, so several steps print one status line each.
        line.Append("curl -sS -i -w '\\n' -X ").Append(request.Method);
        AppendConnection(line, target.Endpoint);

        line.Append(' ').Append(Quote(target.Url(request)));
        line.Append(" -H ").Append(Quote("Expect:"));
        line.Append(" -H ").Append(Quote(request.ContentType switch
        {
            null => "Content-Type:",
            "" => "Content-Type;",
            var value => $"Content-Type: {value}",
        }));

        var token = request.Token switch
        {
            TokenMode.Configured => target.Token,
            TokenMode.Wrong => target.WrongToken,
            _ => null,
        };
        if (token is not null)
        {
            line.Append(" -H ").Append(Quote($"{IntegrationKeyRule.TokenHeader}: {token}"));
        }

        foreach (var header in target.Headers.Concat(request.ExtraHeaders))
        {
            line.Append(" -H ").Append(Quote(header.Value.Length == 0 ? $"{header.Key};" : $"{header.Key}: {header.Value}"));
        }

        line.Append(" --data-binary ").Append(inline ? "@-" : Quote("@" + bodyFile));
        return line.ToString();
    }

    /// <summary>The body as a single-quoted printf format that prints exactly its bytes.</summary>
    internal static string PrintfFormat(ReadOnlySpan<byte> body)
    {
        var format = new StringBuilder(body.Length + 2).Append('\'');
        while (!body.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(body, out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                AppendOctal(format, body[0]);
                body = body[1..];
                continue;
            }

            switch (rune.Value)
            {
                case '\\': format.Append(@"\\"); break;
                case '%': format.Append("%%"); break;
                case '\'': format.Append(@"'\''"); break;
                case '\n': format.Append(@"\n"); break;
                case < 0x20 or 0x7F: AppendOctal(format, (byte)rune.Value); break;
                // C1 controls and bidi overrides as octal bytes too: shown as text they would be cleaned into
                // \x85-style escapes on the console, which printf would turn into other bytes.
                case < 0x10000 when Harness.Contract.ConsoleText.IsUnsafe((char)rune.Value):
                    foreach (var b in body[..consumed])
                    {
                        AppendOctal(format, b);
                    }

                    break;
                default: format.Append(rune.ToString()); break;
            }

            body = body[consumed..];
        }

        return format.Append('\'').ToString();
    }

    internal static string Quote(string text) => "'" + text.Replace("'", @"'\''", StringComparison.Ordinal) + "'";

    private static void AppendOctal(StringBuilder format, byte value) =>
        format.Append('\\').Append(Convert.ToString(value, 8).PadLeft(3, '0'));
}
