using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Contract.Validation;

namespace Harness.Fakes.Misbehaving.Receiving;

/// <summary>
/// A correct receiver of the contract (DECISIONS.md: 404/405 routing, key then token, 413, the
/// validator's 400, 200) with one defect planted at the point it belongs; no defect makes a control.
/// </summary>
internal sealed class Receiver(Defect? defect, string key, string? token, Profile profile, int maxBodyBytes,
    bool ownRoutingCodes = false, int? gatewayPageStatus = null)
{
    private readonly AlarmValidator _validator = new(profile);

    public WireReply Handle(InboundRequest request) =>
        gatewayPageStatus is { } status ? ReplyWriter.GatewayPage(status) : ReplyWriter.Write(defect, Decide(request));

    internal Reply Decide(InboundRequest request)
    {
        var route = KeyRoute.Parse(request.RawPath, missingKeyIsOffRoute: defect == Defect.MissingKeyAnsweredAs404);
        if (!route.OnRoute)
        {
            return Routing(ResponseKind.NotFound);
        }

        if (!string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return Routing(defect == Defect.MethodNotAllowedAnsweredAs404 ? ResponseKind.NotFound : ResponseKind.MethodNotAllowed);
        }

        if (defect == Defect.ChecksBodyBeforeAuth && Judge(request) is { IsValid: false } early)
        {
            return Rejected(early);
        }

        if (!IsKeyValid(route) || !IsTokenValid(request.Token))
        {
            return Reply.Of(ResponseKind.Unauthorized);
        }

        if (request.Body.Length > maxBodyBytes && defect != Defect.IgnoresBodyLimit)
        {
            return Reply.Of(ResponseKind.TooLarge);
        }

        var judgement = Judge(request);
        if (!judgement.IsValid)
        {
            return Rejected(judgement);
        }

        return Reply.Of(ResponseKind.Success) with { Delayed = defect == Defect.SlowRecoveries && judgement.IsRecovery };
    }

    // The contract pins 404/405 and the envelope, not the code or message inside (contract.md#row-16).
    private Reply Routing(ResponseKind kind) => !ownRoutingCodes ? Reply.Of(kind)
        : kind == ResponseKind.NotFound ? new Reply(kind, "No handler found for this path", ErrorCode: "GW.404001")
        : new Reply(kind, "Request method not supported", ErrorCode: "HTTP.405");

    private Judgement Judge(InboundRequest request) => JudgementDefects.Judge(defect, _validator, request);

    private bool IsKeyValid(KeyRoute route) => defect switch
    {
        Defect.AcceptsUnknownKeys => true,
        Defect.CaseInsensitiveKeys => string.Equals(route.DecodedKey, key, StringComparison.OrdinalIgnoreCase),
        Defect.ComparesKeyUndecoded => string.Equals(route.RawKey, key, StringComparison.Ordinal),
        _ => string.Equals(route.DecodedKey, key, StringComparison.Ordinal),
    };

    private bool IsTokenValid(string? sent) =>
        token is null || defect == Defect.IgnoresToken || string.Equals(sent, token, StringComparison.Ordinal);

    private Reply Rejected(Judgement judgement)
    {
        if (defect == Defect.ServerErrorOnMalformedJson && judgement.Problem == BodyProblem.MalformedJson)
        {
            return Reply.Of(ResponseKind.ServerError);
        }

        var message = judgement.Message;
        if (judgement.Problem == BodyProblem.None && judgement.Violations.Count > 0)
        {
            message = defect switch
            {
                Defect.MessageOmitsViolations => ResponseCodes.For(ResponseKind.BadBody).DefaultMessage,
                Defect.ReportsFirstViolationOnly => judgement.Violations[0].Message,
                _ => message,
            };
        }

        return new Reply(ResponseKind.BadBody, message);
    }
}
