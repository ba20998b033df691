using System.Text;
using Harness.Conformance.Tests.Cli;
using Harness.TestKit;

namespace Harness.Conformance.Tests.Reports;

/// <summary>
/// A receiver that echoes the request path, token and a gateway header in every error_msg: neither
/// the console nor any file of the run folder may show the key (in any form the key checks send it),
/// the token or the header value.
/// </summary>
public sealed class EchoedSecretsTests
{
    // 30 characters: the too-long key check repeats it 8 times and a 16-character piece, which must not leak either.
    private const string Key = "EchoKey0123456789abcdefghijklm";
    private const string Token = "EchoedTokenValue77";
    private const string Gateway = "GatewaySecretValue42";

    [Fact]
    public async Task Conformance_TargetEchoingThePathAndHeaders_NoSecretInAnyFormInConsoleOrRunFolder()
    {
        await using var receiver = await PythonReceiver.StartAsync(Key, new PythonReceiverOptions { Echo = true, Token = Token });
        var root = Directory.CreateTempSubdirectory("conformance-echo-").FullName;

        var (exit, console) = await HarnessProcess.RunAsync(root, "conformance", "--target", PythonReceiver.BaseAddress(receiver).ToString(),
            "--key", Key, "--token", Token, "--profile", "strict", "--header", $"X-Gateway-Auth: {Gateway}", "--rps", "100000", "--out", "out");

        Assert.True(exit == 1, console);
        Assert.Contains("Echo***", console, StringComparison.Ordinal);
        var swapped = string.Concat(Key.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)));
        var encoded = string.Concat(Encoding.UTF8.GetBytes(Key).Select(b => $"%{b:X2}"));
        string[] forms = [Key, swapped, encoded[4..], Key[..16], Token, Gateway];
        var texts = Directory.EnumerateFiles(Path.Combine(root, "out"), "*", SearchOption.AllDirectories)
            .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).Append((Name: "console", Text: console)).ToArray();
        Assert.Contains(texts, t => t.Name == "run.json");
        foreach (var (name, text) in texts)
        {
            foreach (var form in forms)
            {
                Assert.False(text.Contains(form, StringComparison.Ordinal), $"{name} shows '{form}'");
            }
        }

        Directory.Delete(root, recursive: true);
    }
}
