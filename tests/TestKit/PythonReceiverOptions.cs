using System.Text.Json.Serialization;

namespace Harness.TestKit;

/// <summary>
/// The choices of a <see cref="PythonReceiver"/>. The defaults honour every pinned rule and read the
/// open points as nobody here does: refuse unknown and repeated members, case-insensitive enums,
/// a missing Content-Type read as JSON, Python's own HTML pages for 404/405, a nesting limit of 32,
/// a 256 KiB body limit, <c>"0"</c> as the success code and its own 400 wording.
/// </summary>
public sealed record PythonReceiverOptions
{
    /// <summary>Row 11: a member the table does not know is a 400.</summary>
    [JsonPropertyName("rejectUnknown")] public bool RejectUnknown { get; init; } = true;

    /// <summary>Row 11: a member given twice is a 400.</summary>
    [JsonPropertyName("rejectDuplicates")] public bool RejectDuplicates { get; init; } = true;

    /// <summary>Row 7: enum values compared ignoring case.</summary>
    [JsonPropertyName("enumCaseInsensitive")] public bool EnumCaseInsensitive { get; init; } = true;

    /// <summary>Row 9: a body without Content-Type is read as JSON (a foreign one is still refused).</summary>
    [JsonPropertyName("acceptMissingContentType")] public bool AcceptMissingContentType { get; init; } = true;

    /// <summary>Row 16: 404/405 are http.server's HTML pages rather than the envelope.</summary>
    [JsonPropertyName("htmlErrors")] public bool HtmlErrors { get; init; } = true;

    /// <summary>Row 17: whitespace-only required strings are refused (<c>@NotBlank</c>).</summary>
    [JsonPropertyName("notBlank")] public bool NotBlank { get; init; }

    /// <summary>Row 18: a UTF-8 byte-order mark is skipped (false: the body is unreadable).</summary>
    [JsonPropertyName("skipBom")] public bool SkipBom { get; init; } = true;

    /// <summary>Row 9: the deepest nesting accepted (the root object is level 1).</summary>
    [JsonPropertyName("maxDepth")] public int MaxDepth { get; init; } = 32;

    /// <summary>Row 10: the largest body accepted; larger is 413.</summary>
    [JsonPropertyName("maxBodyBytes")] public int MaxBodyBytes { get; init; } = 256 * 1024;

    /// <summary>Row 13: the 200's error_code (the spec's table says "0").</summary>
    [JsonPropertyName("successCode")] public string SuccessCode { get; init; } = "0";

    /// <summary>Every error_msg ends with the request's path, X-Auth-Token and X-Gateway-Auth (echoing receivers exist).</summary>
    [JsonPropertyName("echo")] public bool Echo { get; init; }

    /// <summary>The X-Auth-Token required besides the key (none: not checked).</summary>
    [JsonPropertyName("token")] public string? Token { get; init; }

    /// <summary>A planted contract violation: lengths in code points (Python's len), not UTF-16 units.</summary>
    [JsonPropertyName("countCodePoints")] public bool CountCodePoints { get; init; }

    /// <summary>A planted contract violation: <c>"time": true</c> taken as 1 (Python's bool is an int).</summary>
    [JsonPropertyName("boolTime")] public bool BoolTime { get; init; }
}
