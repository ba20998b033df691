namespace Harness.Contract.Tests;

/// <summary>Issue 15: target text can neither drive a terminal nor run, load or break anything in summary.md.</summary>
public sealed class ConsoleTextTests
{
    [Theory]
    [InlineData("\u001b[2Jcleared", "\\x1B[2Jcleared")]
    [InlineData("\u001b]0;title\u0007", "\\x1B]0;title\\x07")]
    [InlineData("a\u009b31mb", "a\\x9B31mb")]
    [InlineData("left\u202Eright", "left\\u202Eright")]
    [InlineData("nul\0byte", "nul\\x00byte")]
    [InlineData("two\nlines\r", "two\\x0Alines\\x0D")]
    [InlineData("plain text, ünïcödé and 中文", "plain text, ünïcödé and 中文")]
    public void Clean_ControlCharacters_BecomeVisibleEscapes(string text, string expected) =>
        Assert.Equal(expected, ConsoleText.Clean(text));

    [Fact]
    public void Clean_KeepLineBreaks_KeepsOnlyLineFeeds() =>
        Assert.Equal("a\nb\\x1B", ConsoleText.Clean("a\nb\u001b", keepLineBreaks: true));

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;")]
    [InlineData("![t](https://evil.example/t.png)", "\\!\\[t\\](https://evil.example/t.png)")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("nul\0esc\u001b[31m", "nulesc\\[31m")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("fine: COC.00000001 at 12.5 ms", "fine: COC.00000001 at 12.5 ms")]
    public void Inline_TargetText_IsInertMarkdown(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Inline(text));

    [Fact]
    public void Code_Backtick_CannotEndTheSpan() =>
        Assert.Equal("a'<b>'c", MarkdownText.Code("a`<b>`c\u001b"));

    [Fact]
    public void Inline_LongText_IsCut() =>
        Assert.Equal(new string('x', 300) + "...", MarkdownText.Inline(new string('x', 1000)));
}
