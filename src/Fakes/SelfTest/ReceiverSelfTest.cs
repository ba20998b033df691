using System.Text;
using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Contract.Fields;
using Harness.Fakes.Faults;

namespace Harness.Fakes.SelfTest;

/// <summary>
/// <c>harness fake --self-test</c>: starts the receiver on a free loopback port (plus a second one
/// with a token and a 1/s rate limit for rows 1 and 14), sends the spec's example and one request
/// per DECISIONS.md row, and compares each answer with what the profile expects.
/// </summary>
public static class ReceiverSelfTest
{
    /// <summary>Runs every case against receivers started with <paramref name="configured"/>'s profile and body limit.</summary>
    public static async Task<SelfTestReport> RunAsync(FakeReceiverOptions configured, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var key = KeyGenerator.NewKey();
        var main = new FakeReceiverOptions
        {
            Keys = [key, SelfTestCases.EncodedKey], Profile = configured.Profile, MaxBodyBytes = configured.MaxBodyBytes,
        };
        var guarded = new FakeReceiverOptions
        {
            Keys = main.Keys, Profile = main.Profile, MaxBodyBytes = main.MaxBodyBytes,
            RequiredToken = SelfTestCases.Token, RateLimit = new RateLimitSpec(1, burst: 1),
        };
        await using var fake = await FakeReceiver.StartAsync(main, ct).ConfigureAwait(false);
        await using var tokenFake = await FakeReceiver.StartAsync(guarded, ct).ConfigureAwait(false);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var rows = new List<SelfTestRow>();
        foreach (var test in SelfTestCases.For(main.Profile, key, main.MaxBodyBytes))
        {
            var (actual, problem) = await SendAsync(http, test.UseTokenReceiver ? tokenFake : fake, test, ct).ConfigureAwait(false);
            rows.Add(new SelfTestRow(test.Row, test.Title, Describe(test.Expected, test.Message), actual, problem));
        }

        return new SelfTestReport(fake.BaseAddress, key, main.Profile, rows);
    }

    private static async Task<(string Actual, string? Problem)> SendAsync(HttpClient http, FakeReceiver target, SelfTestCase test, CancellationToken ct)
    {
        HttpResponseMessage? response = null;
        for (var i = 0; i < test.SendTimes; i++)
        {
            response?.Dispose();
            using var request = new HttpRequestMessage(test.Method, new Uri(target.BaseAddress, test.Path));
            if (test.Body is not null)
            {
                request.Content = new ByteArrayContent(test.Body);
                if (test.ContentType is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", test.ContentType);
                }
            }

            if (test.Token is not null)
            {
                request.Headers.TryAddWithoutValidation(IntegrationKeyRule.TokenHeader, test.Token);
            }

            response = await http.SendAsync(request, ct).ConfigureAwait(false);
        }

        using (response)
        {
            var body = await response!.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (!EnvelopeJson.TryParse(body, out var envelope, out var parseProblem))
            {
                return ($"{status} (no envelope)", $"row 13: {parseProblem}");
            }

            var actual = $"{status} {envelope!.ErrorCode}";
            var expected = ResponseCodes.For(test.Expected);
            var problem =
                status != expected.Status || envelope.ErrorCode != expected.ErrorCode ? "status or code differs"
                : response.Content.Headers.ContentType?.MediaType != EnvelopeJson.ContentType ? "row 13: not application/json"
                : envelope.ProviderCode != ResponseCodes.ProviderCode || !envelope.DataIsNull ? "row 13: provider_code or data wrong"
                : test.Message is not null && envelope.ErrorMsg != test.Message ? $"message was '{envelope.ErrorMsg}'"
                : test.Extra?.Invoke(response, target.GetStats());
            return (actual, problem);
        }
    }

    private static string Describe(ResponseKind kind, string? message)
    {
        var code = ResponseCodes.For(kind);
        var text = new StringBuilder($"{code.Status} {code.ErrorCode}");
        if (message is not null && kind != ResponseKind.Success)
        {
            text.Append(": ").Append(message.Length > 60 ? message[..57] + "..." : message);
        }

        return text.ToString();
    }
}
