using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Contract.Validation;

namespace Harness.Fakes.Misbehaving.Receiving;

/// <summary>
/// A correct receiver of the contract (DECISIONS.md: 404/405 routing, key then token, 413, the
/// validator's 400, 200) with one defect planted at the point it belongs; no defect makes a control.
/// </summary>
internal sealed class Receiver(Defect? defect, string key, string? token, Profile profile, int maxBodyBytes)
{
    private readonly AlarmValidator _validator = new(profile);

    public WireReply Handle(InboundRequest request) => ReplyWriter.Write(defect, Decide(request));

    internal Reply Decide(InboundRequest request)
    {
        var route = KeyRoute.Parse(request.RawPath, missingKeyIsOffRoute: defect == Defect.MissingKeyAnsweredAs404);
        if (!route.OnRoute)
        {
            return Reply.Of(ResponseKind.NotFound);
        }

        if (!string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return Reply.Of(defect == Defect.MethodNotAllowedAnsweredAs404 ? ResponseKind.NotFound : ResponseKind.MethodNotAllowed);
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
