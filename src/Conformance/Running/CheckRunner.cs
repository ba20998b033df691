using Harness.Conformance.Checks;
using Harness.Conformance.Oracle;
using Harness.Conformance.Reports;

namespace Harness.Conformance.Running;

/// <summary>
/// Runs one check: sends its steps in order through the rate limiter and judges each answer. A
/// failing check is sent once more, only to tell a real failure from a flaky one; the pass of a
/// re-send never hides the first failure (the verdict is then <see cref="Verdict.Flaky"/>).
/// </summary>
internal sealed class CheckRunner(Transport transport, TargetContext target, RateLimiter limiter, ProfileInForce profile, bool showSecrets, TimeProvider time)
{
    public ProfileInForce Profile => profile;

    public async Task<CheckResult> RunAsync(ConformanceCheck check, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var expected = profile.ExpectFor(check);
        var first = await AttemptAsync(check, expected, ct).ConfigureAwait(false);
        var final = first;
        var verdict = first.Judgement.Verdict;
        var (standing, matches, reason) = StandingRules.Of(check, expected, first.Judgement, first.Response, profile);
        var fails = standing == Standing.Violation || (standing == Standing.Deviation && profile.Enforced);
        if (fails)
        {
            var second = await AttemptAsync(check, expected, ct).ConfigureAwait(false);
            if (second.Judgement.Verdict != first.Judgement.Verdict || second.Response.Status != first.Response.Status)
            {
                verdict = Verdict.Flaky;
                reason = $"first: {first.Judgement.Verdict} ({reason}); re-sent once: "
                    + (second.Judgement.Passed ? "Pass" : $"{second.Judgement.Verdict} ({second.Judgement.Reason})");
            }
        }

        // A target may echo the key, the token or a header back (a path in an error message): redacted
        // here, so no view of the result (console, files, the library's caller) ever holds them.
        var prefix = check.Steps.Count > 1 ? $"step {final.Step + 1}/{check.Steps.Count}: " : "";
        return new CheckResult(check.Id, check.Title, check.Rule, check.SpecRow, check.Field,
            expected.Describe(), Redact(prefix + final.Response.Describe()), verdict, CurlCommand.For(target, check, showSecrets))
        {
            RedactedCurl = CurlCommand.For(target, check, showSecrets: false),
            ExpectedStatus = expected.Status,
            ActualStatus = final.Response.Status,
            ActualErrorCode = Harness.Contract.Envelopes.EnvelopeJson.TryReadErrorCode(final.Response.Body, out var code) && code is not null ? Redact(code) : null,
            Reason = Redact(reason),
            Group = check.Group,
            ElapsedMs = time.GetElapsedTime(started).TotalMilliseconds,
            Basis = check.Basis,
            Anchor = check.Anchor,
            Standing = standing,
            Matches = matches,
            DeviationFails = profile.Enforced,
        };
    }

    private string Redact(string text) => Harness.Contract.Secrets.RedactIn(text, target.Secrets);

    /// <summary>Sends every step once and judges it against the profile in force; stops at the first step that fails.</summary>
    public Task<Attempt> AttemptAsync(ConformanceCheck check, CancellationToken ct) => AttemptAsync(check, profile.ExpectFor(check), ct);

    private async Task<Attempt> AttemptAsync(ConformanceCheck check, Expectation expected, CancellationToken ct)
    {
        var response = default(TargetResponse);
        for (var step = 0; step < check.Steps.Count; step++)
        {
            await limiter.WaitAsync(ct).ConfigureAwait(false);
            response = await transport.SendAsync(target, check.Steps[step], ct).ConfigureAwait(false);
            var judgement = EnvelopeOracle.Judge(expected, response);
            if (!judgement.Passed)
            {
                return new Attempt(judgement, response, step);
            }
        }

        return new Attempt(Judgement.Pass, response, check.Steps.Count - 1);
    }

    internal readonly record struct Attempt(Judgement Judgement, TargetResponse Response, int Step);
}
