using Harness.Conformance.Checks;
using Harness.Contract.Fields;
using Harness.Contract.Files;
using Harness.Generators.Broken;
using Harness.Runs;

namespace Harness.Conformance.Reports;

/// <summary>
/// Turns a step recorded in someone else's run.json into a request, treating every field as data:
/// the body only from the folder's own <c>bodies/</c> (no absolute path, no <c>..</c>), the path only
/// under the API's own prefix, only the methods and headers the suite itself sends. Anything else is
/// an <see cref="InvalidDataException"/> naming the check and the field, before a byte is sent.
/// </summary>
internal static class ReplayStep
{
    public const string BodiesFolder = "bodies";

    /// <summary>The largest body a replay reads from <c>bodies/</c>: far above the contract's largest case.</summary>
    public const long MaxBodyBytes = 16 * 1024 * 1024;

    /// <summary>Where recorded paths may point: the route's parent, which the route checks also probe.</summary>
    public static readonly string PathPrefix = IntegrationKeyRule.RoutePrefix[..(IntegrationKeyRule.RoutePrefix.LastIndexOf('/') + 1)];

    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH"];

    /// <summary>The headers a check may add (those the suite's header cases send), in their canonical spelling.</summary>
    private static readonly string[] AllowedHeaders = ["Accept", "X-Request-Id", "User-Agent"];

    public static CheckRequest ToRequest(StepJson step, RunFolder folder, string checkId)
    {
        var where = $"check '{checkId}'";
        var body = step.BodyFile is { } file ? ReadBody(folder, file, where) : Base64(step.BodyBase64, where);
        if (step.ContentType is { } type && !IsHeaderValue(type))
        {
            throw new InvalidDataException($"{where}: contentType holds characters a header cannot carry");
        }

        var method = Methods.FirstOrDefault(m => string.Equals(m, step.Method, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException($"{where}: method '{step.Method}' is not one the suite sends ({string.Join(", ", Methods)})");
        return new CheckRequest(body, step.ContentType, Parse<KeyVariant>(step.Key, "key", where), Headers(step.Headers, where),
            Parse<TokenMode>(step.Token, "token", where), method, RoutePath(step.Path, where));
    }

    private static byte[] ReadBody(RunFolder folder, string file, string where)
    {
        var bodies = Path.Combine(folder.Path, BodiesFolder) + Path.DirectorySeparatorChar;
        var name = file.Replace('\\', '/');
        // The suite writes bodies/<id>.<step>.body: one plain name directly in bodies/, nothing deeper.
        if (Path.IsPathRooted(file) || name.Split('/') is not [BodiesFolder, var leaf] || leaf is "" or ".." or ".")
        {
            throw new InvalidDataException($"{where}: bodyFile '{file}' is not a file in the run folder's {BodiesFolder}/");
        }

        // A bodies/ that is a link (to /etc, to ~/.ssh) would send any file the user can read to the target.
        // (Asked of the name without its trailing '/': "bodies/" would be the link's target, never a link.)
        if (new DirectoryInfo(Path.Combine(folder.Path, BodiesFolder)).LinkTarget is { } elsewhere)
        {
            throw new InvalidDataException($"{where}: the run folder's {BodiesFolder}/ is a symbolic link (to {elsewhere}): copy the folder itself");
        }

        var full = Path.Combine(bodies, leaf);
        if (!UntrustedFile.Exists(full))
        {
            throw new InvalidDataException($"{where}: bodyFile '{file}' is missing from {bodies} (copy the whole run folder, bodies/ included)");
        }

        try
        {
            return UntrustedFile.ReadAllBytes(full, MaxBodyBytes);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{where}: bodyFile: {e.Message}", e);
        }
    }

    private static byte[] Base64(string? text, string where)
    {
        try
        {
            return Convert.FromBase64String(text ?? "");
        }
        catch (FormatException)
        {
            throw new InvalidDataException($"{where}: bodyBase64 is not base64");
        }
    }

    private static string? RoutePath(string? path, string where)
    {
        if (path is null)
        {
            return null;
        }

        if (!path.StartsWith(PathPrefix, StringComparison.Ordinal) || path.Contains("..", StringComparison.Ordinal)
            || path.Contains("//", StringComparison.Ordinal) || path.Contains("%2e", StringComparison.OrdinalIgnoreCase)
            || path.Any(c => c <= ' ' || c >= 127 || c is '\\' or '?' or '#' or '@'))
        {
            throw new InvalidDataException($"{where}: path '{Harness.Contract.ConsoleText.Clean(path)}' is not a plain path under {PathPrefix}");
        }

        return path;
    }

    private static KeyValuePair<string, string>[] Headers(IReadOnlyList<KeyValuePair<string, string>>? headers, string where) =>
        (headers ?? []).Select(h =>
        {
            if (h.Key is null)
            {
                throw new InvalidDataException($"{where}: a header has no name (each is written {{\"key\": NAME, \"value\": VALUE}}, in that casing)");
            }

            var name = AllowedHeaders.FirstOrDefault(a => string.Equals(a, h.Key, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidDataException($"{where}: header '{Harness.Contract.ConsoleText.Clean(h.Key)}' is not one a replay sends ({string.Join(", ", AllowedHeaders)})");
            return IsHeaderValue(h.Value ?? "") ? new KeyValuePair<string, string>(name, h.Value ?? "")
                : throw new InvalidDataException($"{where}: the value of header '{name}' holds characters a header cannot carry");
        }).ToArray();

    private static bool IsHeaderValue(string value) => value.Length <= 1024 && value.All(c => c is >= ' ' and < (char)127);

    private static T Parse<T>(string? text, string field, string where)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw new InvalidDataException($"{where}: {field} '{Harness.Contract.ConsoleText.Clean(text)}' is not one of {string.Join(", ", Enum.GetNames<T>())}");
}
