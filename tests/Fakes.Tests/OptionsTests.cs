namespace Harness.Fakes.Tests;

/// <summary>Options are validated once, every problem reported with the option it concerns.</summary>
public sealed class OptionsTests
{
    [Fact]
    public void Validate_Defaults_HaveNoProblem() => Assert.Empty(new FakeReceiverOptions().Validate());

    [Fact]
    public void Validate_ManyProblems_ReportsEachWithItsOption()
    {
        var options = new FakeReceiverOptions
        {
            Keys = ["", new string('k', 256), "dup", "dup"],
            RequiredToken = "has space",
            Urls = ["ftp://x", "not a url"],
            MaxBodyBytes = 0,
            ErrorRate = 1.5,
            RecentCapacity = -1,
            MaxTrackedAlarms = -1,
            JournalPath = "/no/such/folder/journal.ndjson",
        };

        var problems = options.Validate();

        foreach (var name in new[] { "Keys[0]", "Keys[1]", "Keys:", "RequiredToken", "'ftp://x'", "'not a url'", "MaxBodyBytes", "ErrorRate", "RecentCapacity", "MaxTrackedAlarms", "JournalPath" })
        {
            Assert.Contains(problems, p => p.StartsWith(name, StringComparison.Ordinal) || p.Contains(name, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("http://localhost:0", false)]
    [InlineData("http://127.0.0.1:0", true)]
    [InlineData("http://[::1]:0", true)]
    [InlineData("http://localhost:8080", true)]
    public void Validate_FreePortOnLocalhost_IsRefused(string url, bool valid) =>
        Assert.Equal(valid, new FakeReceiverOptions { Urls = [url] }.Validate().Count == 0);

    [Fact]
    public async Task StartAsync_InvalidOptions_ThrowsListingThem()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => FakeReceiver.StartAsync(new FakeReceiverOptions { ErrorRate = -1, MaxBodyBytes = -1 }));

        Assert.Contains("ErrorRate", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxBodyBytes", error.Message, StringComparison.Ordinal);
    }
}
