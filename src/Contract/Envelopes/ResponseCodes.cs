namespace Harness.Contract.Envelopes;

/// <summary>
/// The status, <c>error_code</c> and default <c>error_msg</c> of each <see cref="ResponseKind"/>
/// (spec examples and DECISIONS rows 1, 9, 10, 13, 14, 16).
/// </summary>
public static class ResponseCodes
{
    /// <summary>The <c>provider_code</c> of every envelope (spec: "Default value: 049").</summary>
    public const string ProviderCode = "049";

    /// <summary>The spec's table also allows "0" as the success code; the suite accepts both.</summary>
    public const string AlternativeSuccessCode = "0";

    /// <summary>The message throttled answers carry, in the gateway's words (limit per second filled in).</summary>
    public static string ThrottledMessage(int limitPerSecond) =>
        $"The throttling threshold has been reached: policy user over ratelimit,limit:{limitPerSecond},time:1 second";

    private static readonly ResponseCode[] Codes =
    [
        new(ResponseKind.Success, 200, "COC.00000000", "success"),
        new(ResponseKind.BadBody, 400, "COC.00000001", "Incorrect request body."),
        new(ResponseKind.Unauthorized, 401, "common.01010001", "Token missing or invalid."),
        // 404/405 are not in the spec; the gateway's "API not found" code is reused for 404 and a
        // COC-style code of ours for 405 (DECISIONS row 16 only fixes the status and the envelope).
        new(ResponseKind.NotFound, 404, "APIGW.0101", "The API does not exist or has not been published in the environment."),
        new(ResponseKind.MethodNotAllowed, 405, "COC.00000405", "Method not allowed: use POST."),
        new(ResponseKind.TooLarge, 413, "APIGW.0201", "Request entity too large"),
        new(ResponseKind.Throttled, 429, "APIG.0308", ThrottledMessage(0)),
        new(ResponseKind.ServerError, 500, "COC.00000500", "Internal server error."),
    ];

    /// <summary>The status and code of a kind.</summary>
    public static ResponseCode For(ResponseKind kind) => Codes[(int)kind];

    /// <summary>Every kind's code, in <see cref="ResponseKind"/> order.</summary>
    public static IReadOnlyList<ResponseCode> All => Codes;

    /// <summary>The kind an HTTP status stands for, or null for a status the contract never uses.</summary>
    public static ResponseKind? KindOf(int status)
    {
        foreach (var code in Codes)
        {
            if (code.Status == status)
            {
                return code.Kind;
            }
        }

        return null;
    }
}
