using Harness.Conformance.Checks;
using Harness.Contract.Envelopes;
using Harness.Contract.Fields;

namespace Harness.Conformance.Oracle;

/// <summary>
/// Judges a whole answer against an expectation: status first (which decides between rule not
/// enforced, valid input rejected, wrong status and target error), then every part of the envelope.
/// </summary>
internal static class EnvelopeOracle
{
    private static readonly string SuccessCode = ResponseCodes.For(ResponseKind.Success).ErrorCode;

    public static Judgement Judge(Expectation expected, TargetResponse actual)
    {
        if (actual.TransportError is not null)
        {
            return new Judgement(Verdict.TargetError, actual.TransportError);
        }

        var status = actual.Status!.Value;
        if (status >= 500)
        {
            return new Judgement(Verdict.TargetError, $"status {status}: the target failed (expected {expected.Status})");
        }

        if (status != expected.Status)
        {
            var verdict = (expected.IsSuccess, status is >= 200 and < 300) switch
            {
                (true, false) when status is >= 400 and < 500 => Verdict.ValidInputRejected,
                (false, true) => Verdict.RuleNotEnforced,
                _ => Verdict.WrongStatus,
            };
            return new Judgement(verdict, $"status {status}, expected {expected.Status}");
        }

        var problems = EnvelopeProblems(expected, actual);
        return problems.Count == 0 ? Judgement.Pass : new Judgement(Verdict.WrongEnvelope, string.Join("; ", problems));
    }

    private static List<string> EnvelopeProblems(Expectation expected, TargetResponse actual)
    {
        var problems = new List<string>();
        if (!IsJson(actual.ContentType))
        {
            problems.Add($"Content-Type is '{actual.ContentType ?? "(none)"}', expected {EnvelopeJson.ContentType}");
        }

        if (!EnvelopeJson.TryParse(actual.Body, out var envelope, out var problem))
        {
            problems.Add($"the body is not an envelope: {problem}");
            return problems;
        }

        var code = envelope!.ErrorCode;
        var anyError = expected.ErrorCode == Expectation.AnyErrorCode;
        if (expected.IsSuccess ? code != SuccessCode && code != ResponseCodes.AlternativeSuccessCode
            : anyError ? code is null || code == SuccessCode
            : code != expected.ErrorCode)
        {
            var wanted = expected.IsSuccess ? $"'{SuccessCode}' or '{ResponseCodes.AlternativeSuccessCode}'"
                : anyError ? "an error code (any but the success code)" : $"'{expected.ErrorCode}'";
            problems.Add($"error_code is {Quote(code)}, expected {wanted}");
        }

        if (envelope.ErrorMsg is null)
        {
            problems.Add("error_msg is missing or null");
        }
        else
        {
            var unnamed = expected.MustName.Where(name => !Names(envelope.ErrorMsg, name)).ToList();
            if (unnamed.Count > 0)
            {
                problems.Add($"error_msg does not name: {string.Join("; ", unnamed)}");
            }
        }

        if (!envelope.DataIsNull)
        {
            problems.Add($"data is {envelope.DataJson}, expected null");
        }

        if (envelope.ProviderCode != ResponseCodes.ProviderCode)
        {
            problems.Add($"provider_code is {Quote(envelope.ProviderCode)}, expected '{ResponseCodes.ProviderCode}'");
        }

        return problems;
    }

    /// <summary>
    /// A field violation counts as named when the message mentions the field as a word (targets may
    /// word it their own way, in any order). Body-level wording is ours, not the spec's: any
    /// non-empty message names a body-level problem.
    /// </summary>
    internal static bool Names(string errorMsg, string violationMessage)
    {
        var field = AlarmFields.All.FirstOrDefault(f => violationMessage.StartsWith(f.Name + " ", StringComparison.Ordinal));
        if (field is null)
        {
            return !string.IsNullOrWhiteSpace(errorMsg);
        }

        for (var at = errorMsg.IndexOf(field.Name, StringComparison.Ordinal); at >= 0;
             at = errorMsg.IndexOf(field.Name, at + 1, StringComparison.Ordinal))
        {
            var end = at + field.Name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(errorMsg[at - 1])) && (end == errorMsg.Length || !char.IsLetterOrDigit(errorMsg[end])))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsJson(string? contentType)
    {
        var media = contentType?.Split(';')[0].Trim();
        return string.Equals(media, EnvelopeJson.ContentType, StringComparison.OrdinalIgnoreCase);
    }

    private static string Quote(string? value) => value is null ? "missing" : $"'{value}'";
}
