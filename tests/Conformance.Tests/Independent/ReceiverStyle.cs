namespace Harness.Conformance.Tests.Independent;

/// <summary>
/// The choices an independent receiver makes on the points the spec leaves open. Written for these
/// tests from the spec's text alone, without the project's Contract code, so the suite's verdicts
/// are tested against code that did not share its assumptions.
/// </summary>
public sealed record ReceiverStyle
{
    /// <summary>Reads like the project's strict profile, but with 404/405 codes and 400 wording of its own.</summary>
    public static readonly ReceiverStyle Strict = new();

    /// <summary>
    /// What a Spring Boot controller with Jackson defaults and Bean Validation does: coercion,
    /// case-insensitive enums, 415 for a foreign Content-Type, <c>@NotBlank</c> on required strings,
    /// Jackson's nesting limit of 1000, a 2 MiB body limit, Spring's own JSON for 404/405, and
    /// <c>"0"</c> as the success code.
    /// </summary>
    public static readonly ReceiverStyle SpringLike = new()
    {
        CoerceTypes = true,
        CaseInsensitiveEnums = true,
        UnsupportedMediaType415 = true,
        NotBlank = true,
        MaxDepth = 1000,
        MaxBodyBytes = 2 * 1024 * 1024,
        SpringRoutingErrors = true,
        SuccessCode = "0",
    };

    public bool CoerceTypes { get; init; }
    public bool CaseInsensitiveEnums { get; init; }
    public bool UnsupportedMediaType415 { get; init; }
    public bool NotBlank { get; init; }
    public int MaxDepth { get; init; } = 64;
    public int MaxBodyBytes { get; init; } = 1024 * 1024;
    public bool SpringRoutingErrors { get; init; }
    public string SuccessCode { get; init; } = "COC.00000000";
}
