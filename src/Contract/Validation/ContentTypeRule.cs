namespace Harness.Contract.Validation;

/// <summary>
/// Which Content-Type headers a receiver takes (DECISIONS row 9): <c>strict</c> wants
/// <c>application/json</c> with no charset or a UTF-8 one; <c>lenient</c> takes anything.
/// </summary>
public static class ContentTypeRule
{
    /// <summary>The Content-Type the published OpenAPI definition names.</summary>
    public const string Canonical = "application/json;charset=UTF-8";

    /// <summary>True when the header is acceptable under the profile.</summary>
    public static bool Accepts(string? contentType, Profile profile)
    {
        if (profile == Profile.Lenient)
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var parts = contentType.Split(';');
        if (!parts[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = 1; i < parts.Length; i++)
        {
            var parameter = parts[i].Trim();
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
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
