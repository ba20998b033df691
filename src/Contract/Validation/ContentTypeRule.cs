namespace Harness.Contract.Validation;

/// <summary>
/// Which Content-Type headers a receiver takes (DECISIONS row 9): <c>strict</c> wants
/// <c>application/json</c> with no charset or a UTF-8 one; <c>lenient</c> takes anything.
/// (What a receiver does with another charset is not pinned; <c>strict</c> refuses it.)
/// </summary>
public static class ContentTypeRule
{
    /// <summary>The Content-Type the published OpenAPI definition names.</summary>
    public const string Canonical = "application/json;charset=UTF-8";

    /// <summary>True when the header is acceptable under the profile.</summary>
    public static bool Accepts(string? contentType, ReceiverProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        // The header almost every sender sends, spelled as the spec spells it: no need to take it apart.
        if (profile.AcceptsAnyContentType || string.Equals(contentType, Canonical, StringComparison.Ordinal))
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        // Span walking rather than Split: the fake runs this on every request.
        var rest = contentType.AsSpan();
        var end = rest.IndexOf(';');
        var mediaType = (end < 0 ? rest : rest[..end]).Trim();
        if (!mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        while (end >= 0)
        {
            rest = rest[(end + 1)..];
            end = rest.IndexOf(';');
            var parameter = end < 0 ? rest : rest[..end];
            var equals = parameter.IndexOf('=');
            if (equals < 0)
            {
                continue;
            }

            var name = parameter[..equals].Trim();
            var value = parameter[(equals + 1)..].Trim().Trim('"');
            if (name.Equals("charset", StringComparison.OrdinalIgnoreCase)
                && !value.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
