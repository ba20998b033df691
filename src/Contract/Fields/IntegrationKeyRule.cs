namespace Harness.Contract.Fields;

/// <summary>The <c>integration_key</c> path parameter (spec Table 1) and the route it sits in.</summary>
public static class IntegrationKeyRule
{
    /// <summary>The route prefix; the key is the single path segment after it.</summary>
    public const string RoutePrefix = "/v1/event/huawei/custom";

    public const int MinLength = 1;
    public const int MaxLength = 255;

    /// <summary>Keys made in the COC console: 32 letters and digits (the Chinese edition of the doc).</summary>
    public const int ConsoleKeyLength = 32;

    /// <summary>The header that carries the optional token (DECISIONS row 1).</summary>
    public const string TokenHeader = "X-Auth-Token";

    /// <summary>The request path for a key, percent-encoded as a path segment.</summary>
    public static string PathFor(string key) => $"{RoutePrefix}/{Uri.EscapeDataString(key)}";

    /// <summary>True when the (percent-decoded) key has an allowed length.</summary>
    public static bool HasValidLength(string key) => key.Length is >= MinLength and <= MaxLength;
}
