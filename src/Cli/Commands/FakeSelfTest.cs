using System.Text;
using Harness.Contract.Envelopes;
using Harness.Contract.Fields;
using Harness.Fakes;
using Harness.Fakes.Faults;
using Spectre.Console;

namespace Harness.Cli.Commands;

/// <summary>
/// <c>harness fake --self-test</c>: starts the receiver on a free loopback port (plus a second one
/// with a token and a 1/s rate limit for rows 1 and 14), sends the spec's example and one request
/// per DECISIONS.md row, and prints expected against actual. Exit 0 when every row matches.
/// </summary>
internal static class FakeSelfTest
{
    public static async Task<int> RunAsync(FakeArguments arguments, TextWriter output, CancellationToken ct)
    {
        var configured = arguments.ToOptions(out var problems);
        if (configured is null)
        {
            foreach (var problem in problems)
            {
                await output.WriteLineAsync($"harness fake: {problem}");
            }

            return ExitCodes.UsageError;
        }

        var key = KeyGenerator.NewKey();
        var main = new FakeReceiverOptions
        {
            Keys = [key, FakeSelfTestCases.EncodedKey], Profile = configured.Profile, MaxBodyBytes = configured.MaxBodyBytes,
        };
        var guarded = new FakeReceiverOptions
        {
            Keys = main.Keys, Profile = main.Profile, MaxBodyBytes = main.MaxBodyBytes,
            RequiredToken = FakeSelfTestCases.Token, RateLimit = RateLimitSpec.Create(1, burst: 1),
        };
        await using var fake = await FakeReceiver.StartAsync(main, ct);
        await using var tokenFake = await FakeReceiver.StartAsync(guarded, ct);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            // Logs and pipes have no width; 80 columns would wrap every message.
            console.Profile.Width = 160;
        }

        console.WriteLine($"harness fake --self-test: profile {main.Profile.ToString().ToLowerInvariant()}, receiver {fake.BaseAddress} (key {Harness.Contract.Secrets.Redact(key)})");
        var table = new Table().AddColumns("Row", "Case", "Expected", "Actual", "Result");
        var failures = 0;
        foreach (var test in FakeSelfTestCases.For(main.Profile.Named ?? Harness.Contract.Profile.Strict, key, main.MaxBodyBytes))
        {
            var target = test.UseTokenReceiver ? tokenFake : fake;
            var (actual, problem) = await SendAsync(http, target, test, ct);
            failures += problem is null ? 0 : 1;
            table.AddRow(
                new Text(test.Row), new Text(test.Title), new Text(Describe(test.Expected, test.Message)), new Text(actual),
                new Markup(problem is null ? "[green]ok[/]" : "[red]FAIL[/] " + Markup.Escape(problem)));
        }

        console.Write(table);
        console.WriteLine(failures == 0
            ? "Every row matches DECISIONS.md (row 13, the envelope, is checked on every answer)."
            : $"{failures} row(s) do not match.");
        return failures == 0 ? ExitCodes.Passed : ExitCodes.Failed;
    }

    private static async Task<(string Actual, string? Problem)> SendAsync(HttpClient http, FakeReceiver target, FakeSelfTestCase test, CancellationToken ct)
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

            response = await http.SendAsync(request, ct);
        }

        using (response)
        {
            var body = await response!.Content.ReadAsByteArrayAsync(ct);
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
