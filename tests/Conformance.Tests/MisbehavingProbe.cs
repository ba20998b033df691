using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Harness.Contract.Fields;
using Harness.Fakes.Misbehaving;

namespace Harness.Conformance.Tests;

/// <summary>
/// One request that shows a defect on its own, without the suite: sent to the defective target
/// and to a control, it must show the defect on the first only.
/// </summary>
internal sealed record MisbehavingProbe(
    Defect Defect,
    Func<MisbehavingTarget, HttpRequestMessage> Request,
    Func<MisbehavingProbeAnswer, bool> ShowsDefect,
    MisbehavingOptions Options)
{
    public const string SpecExample = Harness.Contract.SpecRequestExample.Json;

    public const string Token = "probe-token-0123456789";

    /// <summary>The spec example with some members replaced (a null value removes the member).</summary>
    public static string Body(params (string Name, JsonNode? Value)[] changes)
    {
        var root = JsonNode.Parse(SpecExample)!.AsObject();
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                root.Remove(name);
            }
            else
            {
                root[name] = value;
            }
        }

        return root.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 256 });
    }

    public static HttpRequestMessage Post(MisbehavingTarget target, string body, string? contentType = "application/json;charset=UTF-8",
        string? path = null, string? token = null) =>
        PostBytes(target, Encoding.UTF8.GetBytes(body), contentType, path, token);

    public static HttpRequestMessage PostBytes(MisbehavingTarget target, byte[] body, string? contentType = "application/json;charset=UTF-8",
        string? path = null, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Address(target, path ?? IntegrationKeyRule.PathFor(target.Key)))
        {
            Content = new ByteArrayContent(body),
        };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if ((token ?? target.Token) is { } sent)
        {
            request.Headers.TryAddWithoutValidation(IntegrationKeyRule.TokenHeader, sent);
        }

        return request;
    }

    /// <summary>The URL for a path exactly as written: .NET would otherwise decode %41 into A before sending.</summary>
    public static Uri Address(MisbehavingTarget target, string path) =>
        new(target.BaseAddress.GetLeftPart(UriPartial.Authority) + path,
            new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });

    public static string SwapCase(string key) =>
        new([.. key.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))]);

    public static string EncodeEveryByte(string key) =>
        string.Concat(Encoding.UTF8.GetBytes(key).Select(b => $"%{b:X2}"));

    public override string ToString() => Defect.ToString();
}
