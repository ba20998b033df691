using Harness.Conformance.Checks;
using Harness.Conformance.Oracle;
using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Contract.Targets;
using Harness.Generators.Broken;

namespace Harness.Conformance.Running;

/// <summary>
/// "Is this the API at all?", asked before any check with two requests: the spec example with the
/// key, and with a wrong key. When the answers are not the API's (a redirect, a gateway's
/// 502/503/504, an HTML page, no JSON envelope) the run stops with one hint and no findings,
/// instead of sending hundreds of checks whose failures would all be false.
/// </summary>
internal static class ApiProbe
{
    public static async Task EnsureApiAsync(Transport transport, TargetContext target, CancellationToken ct)
    {
        var example = CatalogueChecks.SpecExample();
        var valid = await transport.SendAsync(target, CheckRequest.Json(example), ct).ConfigureAwait(false);
        var wrong = await transport.SendAsync(target, CheckRequest.Json(example) with { Key = KeyVariant.Unknown }, ct).ConfigureAwait(false);
        if (Hint(valid, wrong) is { } hint)
        {
            var origin = (valid.Origin ?? wrong.Origin)?.Describe() ?? "no Server or Via header";
            throw new TargetUnreachableException(Secrets.RedactIn(
                $"Target {target.BaseUri} does not answer like the API: {hint}. The answer came with {origin}. "
                + "No check was run and nothing was written.", target.Secrets));
        }
    }

    /// <summary>The one hint that explains the answers, or null when they are the API's.</summary>
    internal static string? Hint(TargetResponse valid, TargetResponse wrong)
    {
        foreach (var answer in new[] { valid, wrong })
        {
            if (answer.TransportError is { } error)
            {
                return $"no answer to the spec example ({error})";
            }
        }

        foreach (var answer in new[] { valid, wrong })
        {
            var status = answer.Status!.Value;
            if (status is >= 300 and < 400)
            {
                return $"the target redirects ({status}) to {answer.Origin?.Location ?? "(no Location header)"}: use that URL as --target";
            }

            if (GatewayHint.IsGatewayStatus(status))
            {
                return GatewayHint.UpstreamDown(status);
            }
        }

        if (!IsEnvelope(valid) && !IsEnvelope(wrong))
        {
            var page = ForeignAnswer.IsHtml(valid) ? "an HTML page" : $"'{valid.ContentType ?? "no Content-Type"}' without a JSON envelope";
            return valid.Status == 404 || wrong.Status == 404
                ? $"the route answers 404 with {page}: this looks like a wrong base path in --target"
                : $"the spec example got {valid.Status} with {page}: this is not the API's answer";
        }

        if (valid.Status == 401 && wrong.Status == 401)
        {
            return "the spec example is refused with 401 like a wrong key: check --key (and --token if the target needs one)";
        }

        return null;
    }

    // The API answers every request with JSON (row 13). A broken, huge or endless envelope is still the
    // API's answer, for the checks to judge; a whole JSON object with none of the envelope's members
    // (a health check, another service on that path) is not.
    private static bool IsEnvelope(TargetResponse answer) =>
        !ForeignAnswer.IsHtml(answer)
        && (EnvelopeOracle.IsJson(answer.ContentType) || answer.Body.AsSpan().TrimStart(" \t\r\n"u8).StartsWith("{"u8))
        && !IsOtherJsonObject(answer);

    private static bool IsOtherJsonObject(TargetResponse answer) =>
        answer.BodyNote is null
        && EnvelopeJson.TryParse(answer.Body, out var envelope, out _)
        && envelope is { HasNoMember: true };
}
