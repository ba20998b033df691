namespace Harness.Contract.Tests;

public sealed class SecretsTests
{
    [Theory]
    [InlineData("abcdefgh12345678", "abcd***")]
    [InlineData("abcd", "***")]
    [InlineData("", "***")]
    [InlineData(null, "***")]
    public void Redact_Key_KeepsOnlyFourCharacters(string? key, string expected)
    {
        Assert.Equal(expected, Secrets.Redact(key));
    }

    [Fact]
    public void RedactIn_UrlAndEncodedForms_HidesEveryOccurrence()
    {
        var text = "curl http://h/v1/event/huawei/custom/key+with/slash -H 'X-Auth-Token: tok3nvalue' # key%2Bwith%2Fslash";

        var redacted = Secrets.RedactIn(text, ["key+with/slash", "tok3nvalue"]);

        Assert.DoesNotContain("with", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("tok3nvalue", redacted, StringComparison.Ordinal);
        Assert.Contains("key+***", redacted, StringComparison.Ordinal);
    }
}
