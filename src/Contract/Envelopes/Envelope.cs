namespace Harness.Contract.Envelopes;

/// <summary>
/// The body of every answer of the endpoint, success or error (DECISIONS row 13):
/// <c>{"error_code","error_msg","data","provider_code"}</c>. <c>data</c> is kept as raw JSON
/// text so an oracle can tell <c>null</c> from anything else.
/// </summary>
public sealed record Envelope(string? ErrorCode, string? ErrorMsg, string DataJson, string? ProviderCode)
{
    /// <summary>The envelope the contract gives for a kind, with its default message.</summary>
    public static Envelope For(ResponseKind kind) => For(kind, ResponseCodes.For(kind).DefaultMessage);

    /// <summary>The envelope for a kind with a specific message (400 lists violations, 429 names the limit).</summary>
    public static Envelope For(ResponseKind kind, string message) =>
        new(ResponseCodes.For(kind).ErrorCode, message, "null", ResponseCodes.ProviderCode);

    /// <summary>What <see cref="DataJson"/> holds when the body has no <c>data</c> member (reports show it as is).</summary>
    public const string DataAbsent = "(absent)";

    /// <summary>True when the body had none of the envelope's members (or only JSON nulls for its strings).</summary>
    public bool HasNoMember => ErrorCode is null && ErrorMsg is null && ProviderCode is null && DataJson == DataAbsent;

    /// <summary>True when <c>data</c> is JSON null, as the contract requires.</summary>
    public bool DataIsNull => DataJson == "null";
}
