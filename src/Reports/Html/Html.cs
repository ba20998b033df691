using System.Net;

namespace Harness.Reports.Html;

/// <summary>HTML text escaping.</summary>
internal static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
