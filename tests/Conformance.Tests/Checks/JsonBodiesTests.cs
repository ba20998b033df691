using System.Text;
using System.Text.Json.Nodes;
using Harness.Conformance.Checks;

namespace Harness.Conformance.Tests.Checks;

public sealed class JsonBodiesTests
{
    private static readonly byte[] Example = Encoding.UTF8.GetBytes("""{"alarmName":"x","additional":{}}""");

    [Fact]
    public void With_EmojiValue_WritesItsFourUtf8BytesNotAnEscapedPair()
    {
        var body = JsonBodies.With(Example, o => o["alarmName"] = "a\U0001F525b");

        Assert.Contains("\"a\U0001F525b\"", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        Assert.DoesNotContain("\\uD83D", Encoding.UTF8.GetString(body), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("\\uD83D\\uDD25")]            // backslashes and letters that only look like an escaped pair
    [InlineData("\\\U0001F525\"\u0001\n")]    // an escaped backslash right before a real emoji, a quote, controls
    [InlineData("\uD83D")]                    // a lone surrogate stays escaped (it has no UTF-8 form)
    public void With_AnyText_ReadsBackAsTheSameText(string text)
    {
        var body = JsonBodies.With(Example, o => o["alarmName"] = text);

        Assert.Equal(text, JsonNode.Parse(body)!["alarmName"]!.GetValue<string>());
    }

    [Fact]
    public void Build_EmojiLengthProbes_SendRawUtf8Emoji()
    {
        var probe = Assert.Single(CheckCatalogue.Build(tokenConfigured: false), c => c.Id == ProbeChecks.EmojiOverUnits);

        Assert.Contains("\U0001F525\U0001F525", Encoding.UTF8.GetString(probe.Steps[0].Body), StringComparison.Ordinal);
    }
}
