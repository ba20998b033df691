using System.Net.Http.Headers;

namespace Harness.Conformance.Oracle;

/// <summary>
/// The response headers that tell who produced an answer: the API behind a gateway, or the
/// gateway itself (<c>Server</c>, <c>Via</c>), and where a redirect points (<c>Location</c>).
/// Values are cut short: they come from a target nobody here controls.
/// </summary>
internal sealed record AnswerOrigin(string? Server, string? Via, string? Location)
{
    private const int MaxValueChars = 200;

    public static AnswerOrigin From(HttpResponseMessage response)
    {
        return new AnswerOrigin(
            Value(response.Headers, "Server"),
            Value(response.Headers, "Via"),
            Value(response.Headers, "Location"));
    }

    /// <summary>"Server: nginx/1.22.1, Via: 1.1 proxy", or "no Server or Via header".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Server is not null)
        {
            parts.Add($"Server: {Server}");
        }

        if (Via is not null)
        {
            parts.Add($"Via: {Via}");
        }

        return parts.Count == 0 ? "no Server or Via header" : string.Join(", ", parts);
    }

    private static string? Value(HttpResponseHeaders headers, string name)
    {
        if (!headers.TryGetValues(name, out var values))
        {
            return null;
        }

        var text = new string(string.Join(", ", values).Where(c => !char.IsControl(c)).ToArray());
        return text.Length > MaxValueChars ? text[..MaxValueChars] + "..." : text;
    }
}
